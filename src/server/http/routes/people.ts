/**
 * Handlers of the people behind the figures, kept by the team lead and the points: the volunteers' duty roster
 * (filled by sign-ins, corrected by hand), field visits, and difficulties noted from a counter or help desk.
 */
import { Difficulties, FieldVisits } from '../../staff/field-notes';
import { Roster } from '../../staff/roster';
import { actingPoint } from '../auth';
import type { RouteContext } from '../context';
import type { Handlers } from '../endpoints';

type PeopleEndpoint =
  | 'roster'
  | 'correctRoster'
  | 'fieldVisits'
  | 'createFieldVisit'
  | 'updateFieldVisit'
  | 'withdrawFieldVisit'
  | 'difficulties'
  | 'addDifficulty'
  | 'withdrawDifficulty';

export function peopleHandlers({ core }: RouteContext): Handlers<PeopleEndpoint> {
  const roster = new Roster(core.db);
  const visits = new FieldVisits(core.db);
  const difficulties = new Difficulties(core.db);

  return {
    roster: (range) => roster.list(range, core.now()),
    correctRoster: (entry, { device }) => {
      roster.correct(entry, core.now(), device.id);
      return null;
    },

    fieldVisits: (range) => visits.list(range),
    createFieldVisit: (visit) => visits.create(visit, core.now()),
    updateFieldVisit: ({ id, ...visit }) => visits.update(id, visit, core.now()),
    withdrawFieldVisit: ({ id }) => {
      visits.withdraw(id, core.now());
      return null;
    },

    difficulties: (range) => difficulties.list(range),
    /** A note from a counter or help desk (its own point; the person signed in there is recorded too). */
    addDifficulty: (input, { device }) => {
      const pointId =
        device.role === 'counter' ? actingPoint(device, input.servicePointId) : (input.servicePointId ?? null);
      const point = pointId === null ? null : core.setup.servicePoint(pointId);
      return difficulties.add(
        { text: input.text, ...(point ? { servicePointId: point.id } : {}), staffId: point?.staffId ?? null },
        core.now(),
        device.id,
      );
    },
    withdrawDifficulty: ({ id }) => {
      difficulties.withdraw(id, core.now());
      return null;
    },
  };
}
