import { catalog } from '../catalog-type';

/** The rating screen faces the citizen: plain words, polite form ("quý khách"), read at arm's length. */
export const rating = catalog(
  {
    idleTitle: 'Xin kính chào quý khách',
    idleBody: 'Sau khi được phục vụ, xin quý khách cho biết mức độ hài lòng tại đây.',
    ticket: 'Số {{code}}',
    question: 'Quý khách có hài lòng với việc phục vụ tại {{point}} không?',
    questionShort: 'Quý khách có hài lòng không?',
    whyTitle: 'Quý khách chưa hài lòng vì điều gì? (có thể chọn nhiều)',
    commentLabel: 'Góp ý thêm (không bắt buộc)',
    send: 'Gửi đánh giá',
    skip: 'Bỏ qua',
    thanksTitle: 'Cảm ơn quý khách!',
    thanksBody: 'Ý kiến của quý khách giúp chúng tôi phục vụ tốt hơn.',
    notSent: 'Chưa gửi được đánh giá — mạng đang gián đoạn.',
  },
  {
    idleTitle: 'Welcome',
    idleBody: 'After your visit, please tell us here how satisfied you are.',
    ticket: 'Number {{code}}',
    question: 'Were you satisfied with the service at {{point}}?',
    questionShort: 'Were you satisfied?',
    whyTitle: 'What was not right? (choose any)',
    commentLabel: 'Anything else (optional)',
    send: 'Send',
    skip: 'Skip',
    thanksTitle: 'Thank you!',
    thanksBody: 'Your opinion helps us serve you better.',
    notSent: 'The rating could not be sent — the network is down.',
  },
);
