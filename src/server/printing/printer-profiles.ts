/**
 * The printer models Lượt knows. Widths and resolutions come from the makers' specifications: 58 mm paper
 * prints 48 mm = 384 dots at 203 dpi; 80 mm paper prints 72 mm = 576 dots at 203 dpi, but Epson's 180 dpi
 * models (TM-T82, TM-T88) print 512 dots across the same 72 mm. A wrong width makes a ticket clipped or shrunk,
 * so it is chosen per model, never guessed.
 */
import type { PrinterProfile, PrinterProfileId } from '../../shared/domain';

export const PRINTER_PROFILES: readonly PrinterProfile[] = [
  {
    id: 'generic-58',
    nameVi: 'Máy in nhiệt 58 mm (loại phổ thông, POS-58)',
    nameEn: 'Generic 58 mm thermal printer (POS-58)',
    paperMm: 58,
    dpi: 203,
    widthDots: 384,
    imageMode: 'raster',
    // Most 58 mm printers have a tear bar, no cutter; a cut command would print as garbage on some.
    cut: 'none',
    textCodePage: null,
    readsStatus: false,
  },
  {
    id: 'generic-80',
    nameVi: 'Máy in nhiệt 80 mm (loại phổ thông, POS-80)',
    nameEn: 'Generic 80 mm thermal printer (POS-80)',
    paperMm: 80,
    dpi: 203,
    widthDots: 576,
    imageMode: 'raster',
    cut: 'partial',
    textCodePage: null,
    readsStatus: false,
  },
  {
    id: 'xprinter-xp58',
    nameVi: 'Xprinter XP-58 (58 mm)',
    nameEn: 'Xprinter XP-58 (58 mm)',
    paperMm: 58,
    dpi: 203,
    widthDots: 384,
    imageMode: 'raster',
    cut: 'none',
    // Xprinter firmware has no Vietnamese code page: raster only.
    textCodePage: null,
    readsStatus: true,
  },
  {
    id: 'xprinter-xp80',
    nameVi: 'Xprinter XP-80 / XP-N160II (80 mm)',
    nameEn: 'Xprinter XP-80 / XP-N160II (80 mm)',
    paperMm: 80,
    dpi: 203,
    widthDots: 576,
    imageMode: 'raster',
    cut: 'partial',
    textCodePage: null,
    readsStatus: true,
  },
  {
    id: 'epson-tm-t20',
    nameVi: 'Epson TM-T20 (80 mm, 203 dpi)',
    nameEn: 'Epson TM-T20 (80 mm, 203 dpi)',
    paperMm: 80,
    dpi: 203,
    widthDots: 576,
    imageMode: 'raster',
    cut: 'partial',
    textCodePage: 'tcvn3',
    readsStatus: true,
  },
  {
    id: 'epson-tm-t82',
    nameVi: 'Epson TM-T82 (80 mm, 180 dpi)',
    nameEn: 'Epson TM-T82 (80 mm, 180 dpi)',
    paperMm: 80,
    dpi: 180,
    widthDots: 512,
    imageMode: 'raster',
    cut: 'partial',
    textCodePage: 'tcvn3',
    readsStatus: true,
  },
  {
    id: 'epson-tm-t88',
    nameVi: 'Epson TM-T88 IV–VI (80 mm, 180 dpi)',
    nameEn: 'Epson TM-T88 IV–VI (80 mm, 180 dpi)',
    paperMm: 80,
    dpi: 180,
    widthDots: 512,
    imageMode: 'raster',
    cut: 'partial',
    textCodePage: 'tcvn3',
    readsStatus: true,
  },
  {
    id: 'legacy-80-column',
    nameVi: 'Máy in 80 mm đời cũ (không in được ảnh GS v 0)',
    nameEn: 'Older 80 mm printer (no GS v 0 raster)',
    paperMm: 80,
    dpi: 203,
    widthDots: 576,
    // ESC * draws 24-dot strips: slower, but the only image command some old firmware knows.
    imageMode: 'column',
    cut: 'partial',
    textCodePage: null,
    readsStatus: false,
  },
];

export function profileOf(id: PrinterProfileId): PrinterProfile {
  return PRINTER_PROFILES.find((p) => p.id === id) ?? PRINTER_PROFILES[1]!;
}
