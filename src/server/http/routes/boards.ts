/**
 * Handlers of the LED boards' endpoints: a point's board in setup, its status (setup and the counter), and
 * "Thử bảng". The driver lives in server/boards.
 */
import { BOARD_BAUD_RATES, BOARD_PROTOCOLS, type BoardSetup } from '../../../shared/boards';
import { LuotError } from '../../../shared/errors';
import type { Core } from '../../core';
import { actingPoint } from '../auth';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

type BoardEndpoint = 'board' | 'updateBoard' | 'removeBoard' | 'boardStatus' | 'testBoard';

const noBoard = () =>
  new LuotError(404, 'NO_BOARD', {
    vi: 'Quầy/bàn này chưa có bảng LED — hãy nhập cách nối bảng rồi bấm Lưu.',
    en: 'This service point has no LED board yet — enter how it is connected, then Save.',
  });

function boardSetup(core: Core, pointId: number): BoardSetup {
  return {
    board: core.boards.store.get(pointId),
    status: core.boards.status(pointId),
    protocols: BOARD_PROTOCOLS,
    baudRates: BOARD_BAUD_RATES,
  };
}

export function boardHandlers({ core }: RouteContext): Handlers<BoardEndpoint> {
  // Every handler names a point that exists (404 otherwise, in both languages).
  const point = (id: number) => core.setup.servicePoint(id).id;
  return {
    board: ({ id }) => boardSetup(core, point(id)),

    updateBoard: ({ id, ...settings }, { actor }) => {
      core.events.run(() => {
        core.boards.put(point(id), settings);
        core.log.setup('servicePoints', 'updated', id, actor, ['board']);
      });
      return boardSetup(core, id);
    },

    removeBoard: ({ id }, { actor }) => {
      core.events.run(() => {
        if (core.boards.remove(point(id))) core.log.setup('servicePoints', 'updated', id, actor, ['board']);
      });
      return null;
    },

    boardStatus: ({ id }, { device }) => core.boards.status(actingPoint(device, point(id)) ?? id),

    testBoard: async ({ id }) => {
      const status = await core.boards.test(point(id));
      if (!status) throw noBoard();
      return status;
    },
  };
}
