/** Setup's list of kinds of help (Loại hỗ trợ): part of the admin catalog. */
export const helpKindsVi = {
  title: 'Loại hỗ trợ',
  intro:
    'Những việc bàn hỗ trợ ghi lại khi hoàn thành một lượt (báo cáo tuần của Đoàn đếm theo đây). Mỗi loại thuộc một khu hỗ trợ, hoặc dùng chung cho mọi bàn.',
  add: 'Thêm loại hỗ trợ',
  newTitle: 'Loại hỗ trợ mới',
  empty: 'Chưa có loại hỗ trợ nào.',
  code: 'Mã',
  codeHint: 'Chữ thường không dấu, số, dấu _ — ví dụ dien_to_khai. Báo cáo giữ mã này, nên đừng đổi sau khi đã dùng.',
  service: 'Dùng ở',
  everyDesk: 'Mọi bàn hỗ trợ',
  retired: 'Ngừng dùng',
  noDelete: 'Loại hỗ trợ không xoá được vì báo cáo cũ vẫn cần đến; không dùng nữa thì đánh dấu Ngừng dùng.',
};

export const helpKindsEn: typeof helpKindsVi = {
  title: 'Kinds of help',
  intro:
    "What a help desk records when it finishes a case (the youth union's weekly report counts by these). Each belongs to one help zone, or to every desk.",
  add: 'Add a kind of help',
  newTitle: 'New kind of help',
  empty: 'No kinds of help yet.',
  code: 'Code',
  codeHint: 'Lower-case letters, digits, _ — e.g. form_filling. Reports keep the code, so do not change it once used.',
  service: 'Used at',
  everyDesk: 'Every help desk',
  retired: 'Retired',
  noDelete: 'Kinds of help are never deleted (old reports need them); retire one that is no longer used.',
};
