/**
 * The 7-segment "font" of the LED-485 family of Modbus boards: one byte per character, bit 0 = segment a …
 * bit 6 = segment g (gfedcba), as the boards' public setup tool lists them. A character the board cannot draw is
 * shown dark rather than as something that looks like another number.
 */
export const SEGMENTS: Readonly<Record<string, number>> = {
  ' ': 0x00,
  '-': 0x40,
  '0': 0x3f,
  '1': 0x06,
  '2': 0x5b,
  '3': 0x4f,
  '4': 0x66,
  '5': 0x6d,
  '6': 0x7d,
  '7': 0x07,
  '8': 0x7f,
  '9': 0x6f,
  A: 0x77,
  B: 0x7c,
  C: 0x39,
  D: 0x5e,
  E: 0x79,
  F: 0x71,
  G: 0x3d,
  H: 0x76,
  I: 0x10,
  J: 0x0e,
  K: 0x7a,
  L: 0x38,
  M: 0x55,
  N: 0x54,
  O: 0x5c,
  P: 0x73,
  Q: 0x67,
  R: 0x50,
  S: 0x64,
  T: 0x78,
  U: 0x3e,
  V: 0x62,
  W: 0x6a,
  X: 0x36,
  Y: 0x6e,
  Z: 0x49,
};

export const segmentOf = (char: string): number => SEGMENTS[char.toUpperCase()] ?? SEGMENTS[' ']!;

/**
 * A text as the registers of a "custom segment string": two characters per 16-bit register, the first in the
 * high byte; an odd length is padded with a space.
 */
export function segmentRegisters(text: string): number[] {
  const chars = [...text];
  if (chars.length % 2 === 1) chars.push(' ');
  const registers: number[] = [];
  for (let i = 0; i < chars.length; i += 2) registers.push((segmentOf(chars[i]!) << 8) | segmentOf(chars[i + 1]!));
  return registers;
}
