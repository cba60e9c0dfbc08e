/**
 * Screens of issue 22 on the crowded morning, shot last by `npm run screenshots` because they change the queue:
 * the counter's "hẹn bổ sung" (a birth registration short of papers: the papers ticked, then the return booked)
 * and setup's overview once citizens have taken numbers at the kiosk.
 */
import type { CreatedDevice } from '../src/shared/api';
import type { Service, Ticket } from '../src/shared/domain';
import type { Procedure } from '../src/shared/procedures';
import { shoot, SHOTS_ADMIN, SIZES, type ShotServer } from './shot-kit';

export const APPOINTMENT_SHOTS = ['counter-return-visit', 'admin-self-issued'] as const;

export async function appointmentShots(shots: ShotServer, counterId: number, counterToken: string, only: string[]) {
  const wanted = (name: string) => only.length === 0 || only.includes(name);
  const services = await shots.api<Service[]>('GET', '/api/services');
  const a = services.find((s) => s.prefix === 'A')!;
  if (wanted('counter-return-visit')) {
    const procedures = await shots.api<Procedure[]>('GET', '/api/procedures');
    const birth = procedures.find((p) => p.nameVi === 'Đăng ký khai sinh')!;
    await shots.api('PATCH', '/api/appointments/settings', {
      services: [{ serviceId: a.id, slotMinutes: 30, perSlot: 4, held: 0, heldUntil: '10:00' }],
    });
    for (const size of SIZES) {
      // Quầy 1 finishes its citizen and calls a mother come to register her baby's birth.
      const state = await shots.api<{ servicePoints: { servicePointId: number; current: Ticket | null }[] }>(
        'GET',
        '/api/queue',
      );
      const current = state.servicePoints.find((p) => p.servicePointId === counterId)?.current;
      if (current) {
        if (current.status === 'called')
          await shots.api('POST', `/api/tickets/${current.id}/start`, { servicePointId: counterId });
        await shots.api('POST', `/api/tickets/${current.id}/resolve`, {
          outcome: 'completed',
          servicePointId: counterId,
        });
      }
      const { ticket } = await shots.api<{ ticket: Ticket }>('POST', '/api/tickets', {
        serviceId: a.id,
        procedureId: birth.id,
      });
      await shots.api('POST', `/api/tickets/${ticket.id}/call`, { servicePointId: counterId });
      await shots.api('POST', `/api/tickets/${ticket.id}/start`, { servicePointId: counterId });

      const page = await shots.open(size, counterToken);
      await page.goto(`${shots.base}/counter/${counterId}`);
      await page.getByTestId('current-number').filter({ hasText: ticket.displayCode }).waitFor();
      await page.getByRole('button', { name: /Hoàn thành/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Hồ sơ chưa đủ, đã hướng dẫn bổ sung').check();
      await dialog.getByLabel(birth.documents[0]!).check();
      await shoot(page, `counter-return-visit-${size.width}x${size.height}`);
      await dialog.getByRole('button', { name: /Hẹn bổ sung/ }).click();
      await dialog.getByRole('status').filter({ hasText: 'Đã hẹn' }).waitFor();
      await shoot(page, `counter-return-visit-booked-${size.width}x${size.height}`);
      await page.context().close();
    }
  }
  if (wanted('admin-self-issued')) {
    const kiosk = (
      await shots.api<CreatedDevice>('POST', '/api/devices', { name: 'Máy tự lấy số sảnh', role: 'kiosk' })
    ).token;
    for (const prefix of ['A', 'B', 'A']) {
      const service = services.find((s) => s.prefix === prefix)!;
      await shots.api('POST', '/api/tickets', { serviceId: service.id }, kiosk);
    }
    for (const size of SIZES) {
      const page = await shots.open(size, SHOTS_ADMIN);
      await page.goto(`${shots.base}/admin`);
      await page.getByTestId('issued-today').filter({ hasText: '3 số công dân tự lấy ở máy' }).waitFor();
      await shoot(page, `admin-self-issued-${size.width}x${size.height}`);
      await page.context().close();
    }
  }
}
