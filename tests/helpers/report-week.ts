/**
 * How the report tests that play a week through a test server begin: the reports device, the seeded center's
 * services and points by their names, rating tablets at some points, and the field visit both weekly tests record.
 * Only the setting up: what each test plays and what it expects stay in the test (and the weekly recount keeps
 * counting from the raw tables, never from anything here).
 */
import type { CreatedDevice } from '../../src/shared/api';
import type { TestServer } from './server';

export interface ReportWeek {
  api: TestServer['api'];
  /** The reports device's token. */
  reader: string;
  serviceId: (prefix: string) => number;
  pointId: (name: string) => number;
  /** A rating tablet at each of the points: its token by the point's id. */
  ratingTablets: (pointIds: readonly number[]) => Promise<Map<number, string>>;
  /**
   * 3.5 hours out on `day`, each volunteer for their own time: Mai all of it, Hùng joined for the last two
   * hours; 20 citizens helped (15 VNeID activations, 5 data updates), 9 of them elderly.
   */
  recordFieldVisit: (day: string, place: string, volunteers: { mai: number; hung: number }) => Promise<void>;
}

export async function reportWeek(server: TestServer): Promise<ReportWeek> {
  const api: TestServer['api'] = server.api.bind(server);
  const reader = (await api<CreatedDevice>('/api/devices', { body: { name: 'Bí thư', role: 'reports' } })).body.token;
  const services = (await api<{ id: number; prefix: string }[]>('/api/services')).body;
  const points = (await api<{ id: number; nameVi: string }[]>('/api/service-points')).body;
  return {
    api,
    reader,
    serviceId: (prefix: string) => services.find((s) => s.prefix === prefix)!.id,
    pointId: (name: string) => points.find((p) => p.nameVi === name)!.id,
    async ratingTablets(pointIds: readonly number[]) {
      const tokens = new Map<number, string>();
      for (const point of pointIds) {
        const device = { name: `Đánh giá ${point}`, role: 'rating', servicePointId: point };
        tokens.set(point, (await api<CreatedDevice>('/api/devices', { body: device })).body.token);
      }
      return tokens;
    },
    async recordFieldVisit(day, place, volunteers) {
      await api('/api/field-visits', {
        token: reader,
        body: {
          day,
          place,
          hours: 3.5,
          volunteers: [
            { staffId: volunteers.mai, hours: 3.5 },
            { staffId: volunteers.hung, hours: 2 },
          ],
          helped: { vneid_activation: 15, data_update: 5 },
          elderly: 9,
        },
      });
    },
  };
}
