/**
 * Free-text notes are where a citizen's details could slip in; they are removed after the set number of days
 * (30 by default). Only the note text goes: the ticket, its outcome and every event of its history stay.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ratingFigures } from '../../src/server/citizen/rating-figures';
import { NotesRetention } from '../../src/server/privacy/notes-retention';
import { DEFAULT_RETENTION } from '../../src/shared/backup';
import { NOTE_PRIVACY_HINT } from '../../src/shared/privacy';
import { actor, testCore, type TestCore } from '../helpers/core';
import { isBilingual, trustServer, type TrustServer } from './trust-server';

const DAY = 24 * 3_600_000;
let core: TestCore | undefined;
let server: TrustServer | undefined;
afterEach(async () => {
  core?.dispose();
  await server?.close();
  core = server = undefined;
});

describe('notes retention', () => {
  it('clears notes older than 30 days by default, keeping the tickets and their history', () => {
    core = testCore();
    const old = core.engine.issue({ serviceId: 1, priority: 'elderly', note: 'Bà Lan, 0912 345 678' }, actor).ticket;
    core.clock.advance(20 * DAY);
    const recent = core.engine.issue(
      { serviceId: 1, priority: 'none', note: 'mang thiếu giấy khai sinh' },
      actor,
    ).ticket;
    const history = core.db.prepare('SELECT * FROM events ORDER BY id').all();
    const retention = new NotesRetention(core.db, core.clock.read);
    expect(retention.settings.get()).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION.notesDays).toBe(30);

    expect(retention.removeExpired()).toBe(0);
    core.clock.advance(11 * DAY);
    expect(retention.removeExpired()).toBe(1);
    expect(core.engine.getTicket(old.id)).toMatchObject({
      note: null,
      priority: 'elderly',
      displayCode: old.displayCode,
    });
    expect(core.engine.getTicket(recent.id).note).toBe('mang thiếu giấy khai sinh');
    expect(core.db.prepare('SELECT * FROM events ORDER BY id').all()).toEqual(history);
    expect(JSON.stringify(core.db.prepare('SELECT * FROM events').all())).not.toContain('0912');
  });

  it("clears an appointment's name and phone digits with the notes (issue 22), keeping the booking and its code", () => {
    core = testCore();
    core.appointments.updateSettings({
      services: [{ serviceId: 1, slotMinutes: 30, perSlot: 4, held: 0, heldUntil: '10:00' }],
    });
    const booked = core.appointments.book(
      { serviceId: 1, day: '2026-11-24', time: '09:00', name: 'Phạm Thị Mai', phoneLast4: '4321' },
      { source: 'booking' },
    );
    const retention = new NotesRetention(core.db, core.clock.read);
    core.clock.advance(29 * DAY);
    expect(retention.removeExpired()).toBe(0);
    expect(core.appointments.get(booked.id)).toMatchObject({ name: 'Phạm Thị Mai', phoneLast4: '4321' });
    core.clock.advance(2 * DAY);
    expect(retention.removeExpired()).toBe(1);
    expect(core.appointments.get(booked.id)).toMatchObject({
      name: null,
      phoneLast4: null,
      code: booked.code,
      time: '09:00',
    });
    expect(JSON.stringify(core.db.prepare('SELECT * FROM appointments').all())).not.toMatch(/Mai|4321/);
  });

  it("clears a rating's comment with the notes, keeping the rating and the count of comments", () => {
    core = testCore();
    const q1 = core.setup.servicePoints().find((p) => p.nameVi === 'Quầy 1')!.id;
    core.engine.issue({ serviceId: 1, priority: 'none' }, actor);
    const { ticket } = core.engine.callNext(q1, actor)!;
    core.engine.resolve(ticket.id, q1, { outcome: 'completed' }, actor);
    core.citizen.ratings.record(
      ticket.id,
      q1,
      { level: 'dissatisfied', reasons: ['long_wait'], comment: 'Tôi là Trần Thị B, gọi 0987 654 321' },
      actor,
    );
    const figures = () => ratingFigures(core!.db, { from: ticket.serviceDay, to: ticket.serviceDay, by: 'point' });
    expect(figures().comments.map((c) => c.text)).toEqual(['Tôi là Trần Thị B, gọi 0987 654 321']);
    const retention = new NotesRetention(core.db, core.clock.read);
    core.clock.advance(29 * DAY);
    expect(retention.removeExpired()).toBe(0);
    core.clock.advance(2 * DAY);
    expect(retention.removeExpired()).toBe(1);

    expect(core.citizen.ratings.get(ticket.id)).toMatchObject({ level: 'dissatisfied', comment: null });
    expect(figures().comments).toEqual([]);
    expect(figures().rows[0]).toMatchObject({ comments: 1, reasons: { long_wait: 1 } });
    expect(JSON.stringify(core.db.prepare('SELECT * FROM ratings').all())).not.toContain('0987');
  });

  it('takes its number of days from setup, where an administrator may change it', async () => {
    server = await trustServer();
    await server.send('/api/tickets', { body: { serviceId: 1, note: 'ghi chú' } });
    expect((await server.send('/api/retention')).body).toEqual({ notesDays: 30 });
    expect((await server.send('/api/retention', { method: 'PATCH', body: { notesDays: 7 } })).body).toEqual({
      notesDays: 7,
    });
    const refused = await server.send('/api/retention', { method: 'PATCH', body: { notesDays: 0 } });
    expect(refused.status).toBe(400);
    expect(isBilingual(refused.body)).toBe(true);
    const display = await server.device('display');
    expect((await server.send('/api/retention', { token: display.token })).status).toBe(403);
    await server.restart();
    expect((await server.send('/api/retention')).body).toEqual({ notesDays: 7 });
  });

  it('says, beside every note field, not to type identity numbers or phone numbers', () => {
    expect(NOTE_PRIVACY_HINT.vi).toMatch(/CCCD/);
    expect(NOTE_PRIVACY_HINT.vi).toMatch(/số điện thoại/);
    expect(NOTE_PRIVACY_HINT.en).toMatch(/ID card numbers, phone numbers/);
  });
});
