/**
 * Why a board shows nothing new, in words the official under it can act on: "Bảng LED quầy 3 không trả lời —"
 * then what was found and what to do. Never a raw ETIMEDOUT.
 */
import type { BoardProblem } from '../../shared/boards';

/** Where a board hangs, for the messages: "số 3 trên /dev/ttyUSB0" / "unit 3 on COM3". */
export interface BoardPlace {
  /** The point's name as people say it, e.g. "Quầy 3". */
  pointVi: string;
  pointEn: string;
  unitId: number;
  /** The port or gateway, e.g. "COM3" or "192.168.1.60:502". */
  line: string;
}

/** "Quầy 3" reads "quầy 3" inside a sentence; a proper name ("Bàn Đoàn Thanh niên") keeps its capitals after. */
const inSentence = (name: string): string => name.charAt(0).toLowerCase() + name.slice(1);

const problem = (code: string, vi: string, en: string): BoardProblem => ({ code, vi, en });

export const boardProblems = {
  noAnswer: (p: BoardPlace, ms: number) =>
    problem(
      'BOARD_NOT_ANSWERING',
      `Bảng LED ${inSentence(p.pointVi)} không trả lời — bảng số ${p.unitId} trên ${p.line} im lặng quá ${ms} ms: kiểm tra nguồn của bảng, dây RS-485 (A, B) và số đơn vị đặt trên bảng.`,
      `The LED board of ${p.pointEn} does not answer — unit ${p.unitId} on ${p.line} stayed silent for ${ms} ms: check the board's power, the RS-485 wires (A, B) and the unit id set on the board.`,
    ),
  portUnavailable: (p: BoardPlace, detail: string) =>
    problem(
      'BOARD_PORT_UNAVAILABLE',
      `Bảng LED ${inSentence(p.pointVi)} không trả lời — không mở được cổng ${p.line} (${detail}): cắm lại bộ chuyển USB–RS-485 và xem đúng tên cổng trong Trình quản lý thiết bị.`,
      `The LED board of ${p.pointEn} does not answer — cannot open port ${p.line} (${detail}): plug the USB–RS-485 adapter in again and check the port's name in Device Manager.`,
    ),
  gatewayUnreachable: (p: BoardPlace, detail: string) =>
    problem(
      'BOARD_GATEWAY_UNREACHABLE',
      `Bảng LED ${inSentence(p.pointVi)} không trả lời — không kết nối được bộ chuyển Modbus TCP ${p.line} (${detail}): kiểm tra nguồn và dây mạng của bộ chuyển.`,
      `The LED board of ${p.pointEn} does not answer — cannot reach the Modbus TCP gateway ${p.line} (${detail}): check the gateway's power and network cable.`,
    ),
  refused: (p: BoardPlace, modbusCode: number) =>
    problem(
      'BOARD_REFUSED',
      `Bảng LED ${inSentence(p.pointVi)} không nhận lệnh — bảng số ${p.unitId} trên ${p.line} báo lỗi Modbus ${modbusCode}: chọn đúng loại bảng trong Quản trị → Quầy/bàn.`,
      `The LED board of ${p.pointEn} refuses the command — unit ${p.unitId} on ${p.line} answers Modbus exception ${modbusCode}: choose the right kind of board in Setup → Service points.`,
    ),
};

/** What went wrong on the line, before it is put in words for one board. */
export type BusFault =
  | { kind: 'noAnswer'; ms: number }
  | { kind: 'portUnavailable'; detail: string }
  | { kind: 'gatewayUnreachable'; detail: string }
  | { kind: 'refused'; modbusCode: number };

export class BusFailure extends Error {
  constructor(readonly fault: BusFault) {
    super(fault.kind);
    this.name = 'BusFailure';
  }
}

export function describeFault(fault: BusFault, place: BoardPlace): BoardProblem {
  switch (fault.kind) {
    case 'noAnswer':
      return boardProblems.noAnswer(place, fault.ms);
    case 'portUnavailable':
      return boardProblems.portUnavailable(place, fault.detail);
    case 'gatewayUnreachable':
      return boardProblems.gatewayUnreachable(place, fault.detail);
    case 'refused':
      return boardProblems.refused(place, fault.modbusCode);
  }
}
