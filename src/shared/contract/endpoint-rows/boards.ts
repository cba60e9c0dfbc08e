/**
 * Rows of the endpoint table: the LED board above a service point — its settings, how it is doing, and "Thử bảng"
 * (src/server/http/routes/boards.ts; the driver is src/server/boards).
 */
import { boardSettingsInput, type BoardSetup, type BoardStatus } from '../../boards';
import { idParam } from '../../schemas';
import { answer, ep, may, withId } from '../endpoint-kit';

export const BOARD_ENDPOINTS = {
  board: ep({
    method: 'GET',
    path: '/api/service-points/:id/board',
    roles: may('setUp'),
    input: idParam,
    answer: answer<BoardSetup>(),
    summary: "A point's LED board (null: none), how it is doing, and the protocols and speeds on offer.",
  }),
  updateBoard: ep({
    method: 'PUT',
    path: '/api/service-points/:id/board',
    roles: may('setUp'),
    input: withId(boardSettingsInput),
    answer: answer<BoardSetup>(),
    summary:
      'Set the LED board of a point: serial port or Modbus TCP gateway, protocol, unit id (1–247), digits, keep or clear after a case; written at once.',
  }),
  removeBoard: ep({
    method: 'DELETE',
    path: '/api/service-points/:id/board',
    roles: may('setUp'),
    input: idParam,
    answer: answer<null>(),
    summary: 'The point has no LED board any more (its line is let go when no other board uses it).',
  }),
  boardStatus: ep({
    method: 'GET',
    path: '/api/service-points/:id/board/status',
    roles: may('serve'),
    input: idParam,
    answer: answer<BoardStatus | null>(),
    summary:
      'Whether the board answered its last write, when, what it shows, and why not ("Bảng LED quầy 3 không trả lời — …"); null: no board.',
  }),
  testBoard: ep({
    method: 'POST',
    path: '/api/service-points/:id/board/test',
    roles: may('setUp'),
    input: idParam,
    answer: answer<BoardStatus>(),
    summary: '"Thử bảng": every segment lit (8888) for 3 s, then the current number again; answers how the write went.',
  }),
};
