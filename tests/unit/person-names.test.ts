/** Lists of people go by given name, as Vietnamese offices keep them (src/shared/names.ts). */
import { describe, expect, it } from 'vitest';
import { comparePersonNames } from '../../src/shared/names';

describe('the order of people’s names', () => {
  it('goes by the given name with Vietnamese letters (Đ after D), then by the whole name', () => {
    const roster = [
      'Nguyễn Thị Lan',
      'Trần Văn Hùng',
      'Hoàng Ngọc Anh',
      'Đỗ Thị Mai',
      'Lê Thị Thu Hà',
      'Phạm Minh Đức',
      'Vũ Quang Huy',
      'Nguyễn Văn Dũng',
      'Lê Thị Lan',
      '  Bùi   Thị  Ánh ',
    ];
    expect([...roster].sort(comparePersonNames)).toEqual([
      'Hoàng Ngọc Anh',
      '  Bùi   Thị  Ánh ',
      'Nguyễn Văn Dũng',
      'Phạm Minh Đức',
      'Lê Thị Thu Hà',
      'Trần Văn Hùng',
      'Vũ Quang Huy',
      'Lê Thị Lan',
      'Nguyễn Thị Lan',
      'Đỗ Thị Mai',
    ]);
  });
});
