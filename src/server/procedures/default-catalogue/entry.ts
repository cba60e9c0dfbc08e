/** One procedure of the reference catalogue, and the wordings many of them share. */

export type DefaultServicePrefix = 'A' | 'B' | 'C' | 'D' | 'V' | 'H';

export interface CatalogueEntry {
  service: DefaultServicePrefix;
  nameVi: string;
  nameEn: string;
  aliases: string[];
  documents: string[];
  onlineFiling: boolean;
  fee: string;
  timeLimit: string;
  resultAt: string;
}

export const ID_SHOWN = 'Thẻ căn cước (CCCD) hoặc hộ chiếu của người đi nộp (xuất trình bản chính)';
export const PROVINCE_FEE = 'Lệ phí theo nghị quyết của HĐND tỉnh';
export const NO_FEE = 'Không mất phí';
export const AT_CENTER = 'Tại quầy trả kết quả của Trung tâm, hoặc qua bưu điện nếu công dân đăng ký';
export const AT_CENTER_OR_ONLINE =
  'Tại quầy trả kết quả, qua bưu điện, hoặc bản điện tử gửi về tài khoản trên Cổng Dịch vụ công/VNeID';
export const POLICE = 'Công an xã giải quyết; kết quả cập nhật vào Cơ sở dữ liệu về cư trú, xem được trên VNeID';
export const AT_DESK = 'Hỗ trợ ngay tại bàn';
