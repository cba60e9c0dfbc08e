/** What a printed ticket carries for the phone: the status link in its QR code, the address under it, the Wi-Fi. */
import { afterEach, describe, expect, it } from 'vitest';
import { TicketLinks, wifiQrPayload } from '../../src/server/citizen/ticket-links';
import type { MonoImage } from '../../src/server/printing/mono-image';
import { profileOf } from '../../src/server/printing/printer-profiles';
import { TicketFactsReader } from '../../src/server/printing/ticket-facts';
import { renderTicket } from '../../src/server/printing/ticket-renderer';
import { testCore, type TestCore } from '../helpers/core';
import { readQr } from '../printing/ticket-images';

let core: TestCore;
afterEach(() => core?.dispose());

/** The rows [from, to) of a picture: where a phone's camera would aim. */
const rows = (image: MonoImage, from: number, to: number): MonoImage => ({
  ...image,
  height: to - from,
  bits: image.bits.slice(from * image.rowBytes, to * image.rowBytes),
});

describe('the ticket for the phone', () => {
  it('encodes the status link of its case, and prints it short under the code', () => {
    core = testCore();
    const ticket = core.engine.issue(
      { serviceId: core.setup.services()[0]!.id, priority: 'none' },
      { deviceId: null },
    ).ticket;
    const links = new TicketLinks(core.db);
    // A core that never listened on the LAN knows no address: the old internal reference stays.
    expect(links.forTicket(ticket)).toBeNull();
    core.citizen.settings.rememberLanOrigin('http://192.168.1.20:8080');
    const facts = new TicketFactsReader(core.db, core.setup, core.engine).read(ticket);
    const ref = core.citizen.status.references.referenceFor(ticket.caseId);
    expect(facts.reference).toBe(`http://192.168.1.20:8080/s/${ref}`);
    expect(facts.referenceLine).toBe(`192.168.1.20:8080/s/${ref}`);
    expect(core.citizen.status.references.caseOf(ref)).toBe(ticket.caseId);
    // Setup may name the address phones use.
    core.citizen.settings.update({ statusOrigin: 'http://luot.local:8080' });
    expect(links.forTicket(ticket)!.url).toBe(`http://luot.local:8080/s/${ref}`);
  });

  it('prints the Wi-Fi name and a joining QR code when setup asks, below the status code', () => {
    core = testCore();
    const ticket = core.engine.issue(
      { serviceId: core.setup.services()[0]!.id, priority: 'none' },
      { deviceId: null },
    ).ticket;
    core.citizen.settings.rememberLanOrigin('http://192.168.1.20:8080');
    const reader = new TicketFactsReader(core.db, core.setup, core.engine);
    const look = { profile: profileOf('generic-80'), qr: true };
    const plain = renderTicket(reader.read(ticket), look);
    core.citizen.settings.update({
      wifi: { onTicket: true, name: 'TTHCC;Khach', password: 'chao:ban', security: 'WPA', hidden: false },
    });
    const facts = reader.read(ticket);
    expect(facts.wifi).toEqual({ name: 'TTHCC;Khach', qr: 'WIFI:T:WPA;S:TTHCC\\;Khach;P:chao\\:ban;;' });
    const withWifi = renderTicket(facts, look);
    expect(withWifi.height).toBeGreaterThan(plain.height);
    // Each code reads on its own, as a phone aimed at it would.
    expect(readQr(rows(withWifi, 0, plain.height - 1))).toBe(facts.reference);
    expect(readQr(rows(withWifi, plain.height - 100, withWifi.height))).toBe(facts.wifi!.qr);
    expect(wifiQrPayload({ onTicket: true, name: 'Open', password: 'x', security: 'nopass', hidden: true })).toBe(
      'WIFI:T:nopass;S:Open;H:true;;',
    );
  });
});
