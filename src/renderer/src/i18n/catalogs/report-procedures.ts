import { catalog } from '../catalog-type';

/** The reports screen's procedures tab: which procedures citizens came for, and which were sent back for papers. */
export const reportProcedures = catalog(
  {
    headline: {
      tickets: 'Lượt theo thủ tục',
      ticketsDetail: 'Số phiếu có chọn thủ tục',
      sentBack: 'Phải bổ sung giấy tờ',
      sentBackDetail: 'Về nhà, sang bàn hỗ trợ, hoặc hồ sơ chưa đầy đủ tại quầy',
      without: 'Phiếu không chọn thủ tục',
      withoutDetail: 'Chỉ chọn lĩnh vực',
    },
    charts: {
      mostSentBack: 'Thủ tục hay thiếu giấy tờ nhất',
      empty: 'Chưa có lượt nào chọn thủ tục trong khoảng này.',
    },
    tables: {
      title: 'Theo thủ tục',
      procedure: 'Thủ tục',
      service: 'Lĩnh vực',
      tickets: 'Số lượt',
      incompleteAtCounter: 'Chưa đầy đủ tại quầy',
      sentHome: 'Về bổ sung (từ tiếp đón)',
      sentToHelpDesk: 'Sang bàn hỗ trợ',
      sentBack: 'Cộng phải bổ sung',
      share: 'Tỉ lệ phải bổ sung',
    },
    missing: {
      title: 'Giấy tờ hay thiếu nhất',
      document: 'Giấy tờ',
      times: 'Số lần thiếu',
      none: 'Chưa ghi nhận giấy tờ thiếu trong khoảng này.',
    },
  },
  {
    headline: {
      tickets: 'Visits by procedure',
      ticketsDetail: 'Tickets with a procedure chosen',
      sentBack: 'Sent back for papers',
      sentBackDetail: 'Sent home, to a help desk, or incomplete at the counter',
      without: 'Tickets without a procedure',
      withoutDetail: 'Service chosen only',
    },
    charts: {
      mostSentBack: 'Procedures most often short of papers',
      empty: 'No visits with a procedure in this period yet.',
    },
    tables: {
      title: 'By procedure',
      procedure: 'Procedure',
      service: 'Service',
      tickets: 'Visits',
      incompleteAtCounter: 'Incomplete at the counter',
      sentHome: 'Sent home (entrance)',
      sentToHelpDesk: 'Sent to a help desk',
      sentBack: 'Sent back in all',
      share: 'Share sent back',
    },
    missing: {
      title: 'Papers most often missing',
      document: 'Paper',
      times: 'Times missing',
      none: 'No missing papers recorded in this period yet.',
    },
  },
);
