/**
 * Search quality (issue 15): what a volunteer types when a citizen says what they came for — with and without
 * diacritics, with typos, Telex keystrokes, other words for the same thing, in English — against the shipped
 * catalogue. The expected procedure must be among the first three.
 */
import { describe, expect, it } from 'vitest';
import { foldText, ProcedureSearch } from '../../src/shared/procedure-search';
import { DEFAULT_CATALOGUE } from '../../src/server/procedures/default-catalogue/index';

const procedures = DEFAULT_CATALOGUE.map((entry, i) => ({ ...entry, id: i + 1, code: null }));
const search = new ProcedureSearch(procedures);

const QUERIES: [query: string, expected: string][] = [
  // what people say, as typed with the Vietnamese keyboard on
  ['khai sinh', 'Đăng ký khai sinh'],
  ['khai sinh cho con', 'Đăng ký khai sinh'],
  ['làm giấy khai sinh cho cháu', 'Đăng ký khai sinh'],
  ['giấy độc thân', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
  ['người nhà mất làm giấy chứng tử', 'Đăng ký khai tử'],
  ['sửa tên trong giấy khai sinh', 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch'],
  ['kết hôn với người nước ngoài', 'Đăng ký kết hôn có yếu tố nước ngoài'],
  ['chứng thực chữ ký', 'Chứng thực chữ ký trong giấy tờ, văn bản'],
  ['hồ sơ xong chưa', 'Tra cứu kết quả giải quyết hồ sơ'],
  ['không biết chữ', 'Hỗ trợ người cao tuổi điền tờ khai, đọc và viết giúp'],
  ['giám hộ', 'Đăng ký giám hộ'],
  ['thủ tục nhận con nuôi', 'Đăng ký nuôi con nuôi trong nước'],
  // without diacritics
  ['ket hon', 'Đăng ký kết hôn'],
  ['sao y', 'Chứng thực bản sao từ bản chính'],
  ['dang ki khai sinh', 'Đăng ký khai sinh'],
  ['xac nhan doc than', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
  ['bao tu', 'Đăng ký khai tử'],
  ['chung thuc ban sao', 'Chứng thực bản sao từ bản chính'],
  ['xac nhan so yeu ly lich', 'Chứng thực chữ ký trong giấy tờ, văn bản'],
  ['lam so do', 'Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu'],
  ['sang ten so do', 'Đăng ký biến động khi chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất'],
  ['tach thua', 'Tách thửa hoặc hợp thửa đất'],
  ['len tho cu', 'Chuyển mục đích sử dụng đất'],
  ['mat so do', 'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất'],
  ['tranh chap dat', 'Hòa giải tranh chấp đất đai'],
  ['xin phep xay nha', 'Cấp giấy phép xây dựng nhà ở riêng lẻ'],
  ['tien gia', 'Trợ cấp xã hội hằng tháng (người cao tuổi, người khuyết tật, trẻ em mồ côi…)'],
  ['giay xac nhan khuyet tat', 'Xác định mức độ khuyết tật và cấp Giấy xác nhận khuyết tật'],
  ['ho ngheo', 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm'],
  ['tien mai tang', 'Hỗ trợ chi phí mai táng'],
  ['dang ky kinh doanh', 'Đăng ký thành lập hộ kinh doanh'],
  ['mo quan an', 'Đăng ký thành lập hộ kinh doanh'],
  ['tam ngung kinh doanh', 'Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn của hộ kinh doanh'],
  ['dong cua kinh doanh', 'Chấm dứt hoạt động hộ kinh doanh'],
  ['giay phep ban ruou', 'Cấp Giấy phép bán lẻ rượu'],
  ['nhap ho khau', 'Đăng ký thường trú'],
  ['tam tru', 'Đăng ký tạm trú'],
  ['xac nhan cu tru', 'Xác nhận thông tin về cư trú'],
  ['lam can cuoc', 'Cấp, đổi, cấp lại thẻ căn cước'],
  ['kich hoat vneid', 'Đăng ký, kích hoạt tài khoản định danh điện tử mức độ 2 (VNeID)'],
  ['ly lich tu phap', 'Cấp Phiếu lý lịch tư pháp'],
  ['trich luc khai sinh', 'Cấp bản sao trích lục hộ tịch'],
  ['lam di chuc', 'Chứng thực di chúc'],
  ['chia thua ke', 'Chứng thực văn bản thỏa thuận phân chia di sản'],
  ['dia chi moi sau sap nhap', 'Cập nhật địa chỉ sau sắp xếp đơn vị hành chính'],
  ['nop ho so online', 'Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia'],
  // words in another order
  ['sinh khai', 'Đăng ký khai sinh'],
  ['kinh doanh ho dang ky', 'Đăng ký thành lập hộ kinh doanh'],
  ['chính sao bản y', 'Chứng thực bản sao từ bản chính'],
  // typos and keystrokes left in
  ['khai sinhh', 'Đăng ký khai sinh'],
  ['ket honn', 'Đăng ký kết hôn'],
  ['chung thuc chu kyy', 'Chứng thực chữ ký trong giấy tờ, văn bản'],
  ['ddawng kys ket hoon', 'Đăng ký kết hôn'],
  ['sao y banr chinhs', 'Chứng thực bản sao từ bản chính'],
  ['d9a8ng ky1 ta5m tru1', 'Đăng ký tạm trú'],
  ['giay phep xay dng', 'Cấp giấy phép xây dựng nhà ở riêng lẻ'],
  ['quen mat khau vneid', 'Đăng ký, kích hoạt tài khoản định danh điện tử mức độ 2 (VNeID)'],
  ['khai si', 'Đăng ký khai sinh'],
  // English
  ['birth registration', 'Đăng ký khai sinh'],
  ['marriage', 'Đăng ký kết hôn'],
];

describe('finding a procedure from what the citizen says', () => {
  it('has at least 40 real queries', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUERIES)('"%s" → %s in the top 3', (query, expected) => {
    expect(procedures.some((p) => p.nameVi === expected)).toBe(true);
    const top = search.search(query, 3).map((m) => m.procedure.nameVi);
    expect(top).toContain(expected);
  });

  it('finds nothing for an empty query or only filler words', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('tôi muốn xin thủ tục')).toEqual([]);
  });

  it('folds Vietnamese the same way whatever the keyboard did', () => {
    expect(foldText('Đăng ký kết hôn')).toBe('dang ki ket hon');
    expect(foldText('ĐĂNG KÍ KẾT HÔN')).toBe('dang ki ket hon');
    expect(foldText('ddawng kys ket hoon')).toBe('dang ki ket hon');
    expect(foldText('d9a8ng ky1 ke6t ho6n')).toBe('dang ki ket hon');
    // Decomposed input (NFD, as some keyboards send it) folds like the precomposed text.
    expect(foldText('Đăng ký'.normalize('NFD'))).toBe('dang ki');
    expect(foldText('mã 1.001193')).toBe('ma 1 001193');
  });
});
