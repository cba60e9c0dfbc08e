/**
 * Vietnamese writes a word of two or three syllables with spaces between them ("hỗ trợ", "chứng nhận"), so a
 * line break at any space can cut a word in half ("hỗ / trợ"), which a reader stumbles on. Before wrapping, the
 * syllables of known words are joined with no-break spaces: the words a center prints (services, zones,
 * directions, priorities, the ticket's own lines) and everyday ones, a run of capitalised syllables (a name:
 * "Nguyễn Trãi", "Hồ Chí Minh"), and a number with the word that counts it ("Quầy số 3", "Tầng 2").
 * A word missing here still wraps between syllables, never inside one.
 */

/** Words of two or three syllables, lower case, NFC. Both tone placements where both are in use (hoà/hòa). */
const WORDS = `
hành chính|phục vụ|trung tâm|dịch vụ|trực tuyến|hỗ trợ|tiếp nhận|hồ sơ|kết quả|thủ tục|hộ tịch|chứng thực|
đất đai|xây dựng|lao động|chính sách|xã hội|kinh doanh|đầu tư|cao tuổi|khuyết tật|mang thai|trẻ nhỏ|trẻ em|
cách mạng|có công|ưu tiên|đăng ký|biến động|cấp đổi|cấp lại|cấp mới|chứng nhận|sử dụng|sở hữu|khai sinh|
khai tử|kết hôn|ly hôn|hộ khẩu|cư trú|tạm trú|thường trú|căn cước|công dân|định danh|điện tử|tài khoản|
mật khẩu|điện thoại|thông tin|dữ liệu|đồng bộ|địa chỉ|thanh toán|lệ phí|bảo hiểm|y tế|trợ cấp|thất nghiệp|
hưu trí|người dân|nhân dân|ủy ban|uỷ ban|thị trấn|thành phố|tỉnh thành|hành lang|lối vào|lối ra|bên trái|
bên phải|phía trước|phía sau|đối diện|cầu thang|thang máy|tầng trệt|tầng hầm|thời gian|ngày giờ|buổi sáng|
buổi chiều|hôm nay|ngày mai|hướng dẫn|giải quyết|giải đáp|tư vấn|khiếu nại|phản ánh|kiến nghị|đánh giá|
hài lòng|cán bộ|công chức|viên chức|tình nguyện|thanh niên|đoàn viên|học sinh|sinh viên|doanh nghiệp|
hợp tác|giấy phép|giấy tờ|văn bản|bản sao|bản chính|chữ ký|con dấu|xác nhận|xác minh|tài sản|nhà ở|
chuyển nhượng|thừa kế|tặng cho|thế chấp|đo đạc|bản đồ|quy hoạch|môi trường|tài nguyên|nông nghiệp|
văn hóa|văn hoá|giáo dục|bảo trợ|con nuôi|giám hộ|quốc tịch|hộ chiếu|tư pháp|lý lịch|kinh tế|công thương|
an toàn|thực phẩm|phòng cháy|chữa cháy|quân sự|nghĩa vụ|công an|tiếp dân|một cửa|liên thông|quốc gia|
ứng dụng|cài đặt|kích hoạt|đăng nhập|tra cứu|vui lòng|chờ đợi|thứ tự|số thứ tự|phụ nữ|đi cùng|trả lời|
người cao tuổi|người khuyết tật|việt nam|hà nội|khu vực|khu phố|tổ dân phố|thôn xóm|tiếp đón|quầy hàng|
bàn hỗ trợ|máy in|in lại|phiếu này|khoảng chừng|phút chờ|chờ khoảng|lấy số|gọi số|hủy bỏ|huỷ bỏ|
hộ nghèo|cận nghèo|gia đình|cá nhân|tổ chức|cơ quan|đơn vị|chứng minh|giấy khai sinh|sổ đỏ|sổ hồng|
điều chỉnh|bổ sung|thay đổi|cải chính|trích lục|sao y|bản gốc|nộp tiền|nhận tiền|chi trả|ngân hàng|
tiền mặt|chuyển khoản|mã số|mã hồ sơ|người thân|hòa giải|hoà giải|tranh chấp|đất ở|đất nông nghiệp|
`
  .split('|')
  .map((w) => w.trim().normalize('NFC'))
  .filter(Boolean);

const KNOWN = new Set(WORDS);
const LONGEST = Math.max(...WORDS.map((w) => w.split(' ').length));

/** Words that a number belongs to: "số 3", "Tầng 2", "Quầy 5", "Bàn 1", "Phòng 4". */
const COUNTED = new Set(['số', 'tầng', 'lầu', 'quầy', 'bàn', 'phòng', 'khu', 'cửa']);

const NBSP = '\u00a0';

/** The syllable as the word list spells it: lower case, without the punctuation around it. */
const bare = (syllable: string): string =>
  syllable
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** "Nguyễn", "Trãi": a capital then small letters (a whole line in capitals is not a name). */
const titleCase = (syllable: string): boolean => /^\p{Lu}\p{Ll}+[,.;:]?$/u.test(syllable);

/** True when the space between `syllables[i]` and `syllables[i + 1]` is inside one word. */
function joins(syllables: string[], i: number, wordEnds: Set<number>): boolean {
  if (wordEnds.has(i)) return false;
  const here = syllables[i]!;
  const next = syllables[i + 1]!;
  // Punctuation ends a phrase: "Đất đai – Xây dựng", "Tầng 1, sảnh chính".
  if (/[,.;:–—-]$/.test(here) || /^[–—-]$/.test(next)) return false;
  if (/^\d/.test(next) && COUNTED.has(bare(here))) return true;
  return titleCase(here) && titleCase(next) && i > 0 && !/[.!?:]$/.test(syllables[i - 1]!);
}

/** The text with the spaces inside its words made no-break, so a line breaks only between words. */
export function keepWordsTogether(text: string): string {
  let kept = KEPT.get(text);
  if (kept === undefined) {
    if (KEPT.size >= KEPT_MAX) KEPT.clear();
    KEPT.set(text, (kept = glueWords(text)));
  }
  return kept;
}

/**
 * Texts already glued: a center prints the same names, directions and footer on every ticket (issue 25: gluing
 * them again was ≈ 1 ms of each). Bounded, as the lines that change (the time, the people ahead) are kept too.
 */
const KEPT = new Map<string, string>();
const KEPT_MAX = 2000;

function glueWords(text: string): string {
  const syllables = text.split(' ');
  const glued = new Set<number>();
  const wordEnds = new Set<number>();
  for (let i = 0; i < syllables.length;) {
    let length = Math.min(LONGEST, syllables.length - i);
    for (; length > 1; length--) {
      const span = syllables.slice(i, i + length);
      // A word does not run across punctuation ("dụng, đất"): only its last syllable may carry some.
      if (span.slice(0, -1).some((s) => /[^\p{L}]$/u.test(s))) continue;
      if (KNOWN.has(span.map(bare).join(' '))) break;
    }
    for (let j = i; j < i + length - 1; j++) glued.add(j);
    if (length > 1) wordEnds.add(i + length - 1);
    i += length;
  }
  return syllables.reduce(
    (out, syllable, i) =>
      i === 0 ? syllable : out + (glued.has(i - 1) || joins(syllables, i - 1, wordEnds) ? NBSP : ' ') + syllable,
    '',
  );
}
