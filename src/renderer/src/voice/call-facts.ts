/** A ticket at a point, in the words the phrase builder needs (names from setup). */
import type { CallFacts } from '../../../shared/announcement';
import type { ServicePoint, Ticket, Zone } from '../api/types';

export function callFactsOf(
  ticket: Pick<Ticket, 'displayCode'>,
  point: Pick<ServicePoint, 'nameVi' | 'nameEn' | 'zoneId'>,
  zones: readonly Zone[],
  recall: boolean,
): CallFacts {
  const zone = zones.find((z) => z.id === point.zoneId) ?? null;
  return {
    displayCode: ticket.displayCode,
    recall,
    point: { nameVi: point.nameVi, nameEn: point.nameEn },
    zone: zone && {
      nameVi: zone.nameVi,
      nameEn: zone.nameEn,
      directionsVi: zone.directionsVi,
      directionsEn: zone.directionsEn,
    },
  };
}
