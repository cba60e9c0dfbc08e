/** The call setup's "Nghe thử" says: this center's first counter and first service, number 12. */
import type { CallFacts } from '../../../../shared/announcement';
import type { CenterData } from '../../state/center-store';
import { callFactsOf } from '../call-facts';

export function sampleCall(center: Pick<CenterData, 'services' | 'servicePoints' | 'zones'>): CallFacts {
  const point = center.servicePoints.find((p) => p.active) ?? {
    nameVi: 'Quầy 1',
    nameEn: 'Counter 1',
    zoneId: null,
  };
  const prefix = center.services.find((s) => s.active)?.prefix ?? 'A';
  return callFactsOf({ displayCode: `${prefix}012` }, point, center.zones, false);
}
