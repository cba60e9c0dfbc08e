/**
 * A crowded morning at a large ward center, for the wall display: twelve services (six with long names real
 * centers use), twelve points, 0–20 people waiting per service (some elderly), every point busy, one paused.
 */
import type { Service, ServicePoint } from '../../src/shared/domain';

type Api = <T>(method: string, path: string, body?: unknown) => Promise<T>;

const MORE_SERVICES = [
  ['E', 'Tư pháp – Hộ tịch có yếu tố nước ngoài và chứng thực bản sao từ bản chính', 'Justice – Foreign civil status'],
  ['G', 'Giáo dục – Đào tạo', 'Education – Training'],
  ['K', 'Y tế – Bảo hiểm xã hội – Bảo hiểm y tế học sinh sinh viên', 'Health – Social and student health insurance'],
  ['L', 'Tài nguyên – Môi trường', 'Natural resources – Environment'],
  ['N', 'Nông nghiệp – Phát triển nông thôn', 'Agriculture – Rural development'],
  ['T', 'Trả kết quả', 'Results'],
] as const;
/** People waiting per service, in the services' order (20 the most, 0 the least). */
const WAITING = [20, 14, 9, 6, 3, 1, 0, 12, 5, 17, 2, 8];

export async function seedCrowdedDisplay(api: Api) {
  await api('PATCH', '/api/settings', { centerNameVi: 'Trung tâm Phục vụ hành chính công phường Ba Đình' });
  for (const [prefix, nameVi, nameEn] of MORE_SERVICES)
    await api('POST', '/api/services', { prefix, nameVi, nameEn, kind: 'counter', color: '#546e7a' });
  const services = (await api<Service[]>('GET', '/api/services')).filter((s) => s.active);
  for (const [n, [prefix]] of MORE_SERVICES.slice(0, 5).entries())
    await api('POST', '/api/service-points', {
      number: 6 + n,
      nameVi: `Quầy ${6 + n}`,
      nameEn: `Counter ${6 + n}`,
      kind: 'counter',
      serviceIds: [services.find((s) => s.prefix === prefix)!.id],
    });
  // One more than waits: each busy point calls one of them.
  for (const [i, service] of services.entries())
    for (let k = 0; k <= (WAITING[i] ?? 0); k++)
      await api('POST', '/api/tickets', { serviceId: service.id, priority: k % 5 === 2 ? 'elderly' : 'none' });
  const points = await api<ServicePoint[]>('GET', '/api/service-points');
  for (const point of points) await api('POST', `/api/service-points/${point.id}/call-next`, {}).catch(() => null);
  const paused = points.find((p) => p.nameVi === 'Quầy 3')!;
  await api('POST', `/api/service-points/${paused.id}/pause`, { reason: 'Họp giao ban' });
  return { services, points };
}

/** Makes every AudioContext start suspended, as a TV browser without an autoplay exception does. */
export const SOUND_OFF_UNTIL_TAP = `{
  const Real = window.AudioContext;
  window.AudioContext = class extends Real {
    constructor(options) {
      super(options);
      void this.suspend();
    }
  };
}`;
