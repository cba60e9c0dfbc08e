/**
 * A realistic morning at a commune center, made through the public API: tickets across services (some
 * priority, some with notes), calls in progress at several counters, a case sent to the elderly help desk, a
 * paused counter, and devices for each screen.
 */
import type { CreatedDevice } from '../../src/shared/api';
import type { Service, ServicePoint } from '../../src/shared/domain';

/** One API call with a device's token; throws with the server's words on a refusal. */
export async function call<T>(base: string, token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok && response.status !== 204)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

export async function seedBusyMorning(base: string, admin: string) {
  const api = <T>(method: string, path: string, body?: unknown) => call<T>(base, admin, method, path, body);
  await api('PATCH', '/api/settings', {
    centerNameVi: 'Trung tâm Phục vụ hành chính công phường Ba Đình',
    centerNameEn: 'Ba Dinh Ward Public Administration Service Center',
  });
  // The people on today's roster: officials at the counters, youth-union volunteers at the help desks and the door.
  const known = new Set((await api<{ name: string }[]>('GET', '/api/staff')).map((s) => s.name));
  for (const [name, role] of [
    ['Nguyễn Thị Lan', 'staff'],
    ['Trần Văn Hùng', 'staff'],
    ['Lê Thị Thu Hà', 'staff'],
    ['Phạm Minh Đức', 'manager'],
    ['Hoàng Ngọc Anh', 'volunteer'],
    ['Vũ Quang Huy', 'volunteer'],
    ['Đỗ Thị Mai', 'greeter'],
  ] as const)
    if (!known.has(name)) await api('POST', '/api/staff', { name, role });
  const services = await api<Service[]>('GET', '/api/services');
  const points = await api<ServicePoint[]>('GET', '/api/service-points');
  const service = (prefix: string) => services.find((s) => s.prefix === prefix)!.id;
  const point = (nameVi: string) => points.find((p) => p.nameVi === nameVi)!.id;
  const plan: [string, string, string?][] = [
    ['A', 'none'],
    ['A', 'elderly', 'Đi xe lăn'],
    ['B', 'none'],
    ['A', 'none'],
    ['C', 'none'],
    ['V', 'elderly'],
    ['B', 'none'],
    ['D', 'none'],
    ['A', 'pregnant'],
    ['H', 'elderly', 'Cần người đọc giúp'],
    ['C', 'none'],
    ['A', 'none'],
    ['B', 'merit'],
    ['V', 'none'],
    ['A', 'none'],
    ['D', 'none'],
    ['C', 'disability'],
    ['A', 'none'],
    ['B', 'none'],
    ['V', 'none'],
    ['A', 'small_child'],
    ['H', 'none'],
    ['C', 'none'],
    ['A', 'none'],
  ];
  for (const [prefix, priority, note] of plan)
    await api('POST', '/api/tickets', { serviceId: service(prefix), priority, ...(note ? { note } : {}) });
  const q1 = point('Quầy 1');
  const q3 = point('Quầy 3');
  const desk = point('Bàn hỗ trợ VNeID');
  // Quầy 1 sends its first citizen to the elderly help desk, then serves the next.
  const first = await api<{ ticket: { id: number } }>('POST', `/api/service-points/${q1}/call-next`, {});
  await api('POST', `/api/tickets/${first.ticket.id}/start`, {});
  await api('POST', `/api/tickets/${first.ticket.id}/transfer`, {
    toServiceId: service('H'),
    placement: 'front',
    note: 'Cần cài VNeID trước khi nộp hồ sơ',
  });
  const served = await api<{ ticket: { id: number } }>('POST', `/api/service-points/${q1}/call-next`, {});
  await api('POST', `/api/tickets/${served.ticket.id}/resolve`, {
    outcome: 'completed',
    fileCode: '000.00.12.H40-261123-0001',
  });
  await api('POST', `/api/service-points/${q1}/call-next`, {});
  for (const name of ['Quầy 2', 'Quầy 5', 'Bàn hỗ trợ người cao tuổi']) {
    const called = await api<{ ticket: { id: number } } | null>(
      'POST',
      `/api/service-points/${point(name)}/call-next`,
      {},
    );
    if (called && name !== 'Quầy 5') await api('POST', `/api/tickets/${called.ticket.id}/start`, {});
  }
  await api('POST', `/api/service-points/${desk}/call-next`, {});
  await api('POST', `/api/service-points/${q3}/pause`, { reason: 'Họp giao ban' });
  await api('POST', `/api/service-points/${point('Quầy 4')}/call-next`, {});
  const device = async (name: string, role: string, servicePointId: number | null = null) =>
    (await api<CreatedDevice>('POST', '/api/devices', { name, role, servicePointId })).token;
  return {
    tokens: {
      greeter: await device('Bàn tiếp đón', 'greeter'),
      counter: await device('Máy Quầy 1', 'counter', q1),
      display: await device('Tivi sảnh chờ', 'display'),
    },
    counterId: q1,
    helpDeskId: point('Bàn hỗ trợ người cao tuổi'),
  };
}
