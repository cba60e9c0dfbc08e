/**
 * What a printed ticket carries for phones: the status page's address (in the QR code, and short enough to type
 * under it) and, when setup asks for it, the center's Wi-Fi as a joining QR code. Read by the ticket's facts
 * (src/server/printing/ticket-facts.ts) at print time.
 */
import type { Database } from 'better-sqlite3';
import type { CitizenSettings } from '../../shared/citizen-schemas';
import type { Ticket } from '../../shared/domain';
import { CitizenSettingsStore } from './citizen-settings-store';
import { StatusReferences } from './status-references';

export interface TicketLink {
  /** What the QR code encodes, e.g. `http://192.168.1.20:8080/s/2s-k4mq7xw2rb`. */
  url: string;
  /** The same address without `http://`, printed under the code for a phone that cannot scan. */
  short: string;
}

export interface WifiOnTicket {
  name: string;
  /** A Wi-Fi QR payload phones join from (`WIFI:T:WPA;S:…;P:…;;`). */
  qr: string;
}

/** The path of a status page; the page and its live stream are served under it. */
export const statusPath = (reference: string) => `/s/${reference}`;

/** Escapes `\ ; , : "` as the Wi-Fi QR format asks. */
const wifiEscape = (text: string) => text.replace(/([\\;,:"])/g, '\\$1');

export function wifiQrPayload(wifi: CitizenSettings['wifi']): string {
  const password = wifi.security === 'nopass' ? '' : `P:${wifiEscape(wifi.password)};`;
  return `WIFI:T:${wifi.security};S:${wifiEscape(wifi.name)};${password}${wifi.hidden ? 'H:true;' : ''};`;
}

export class TicketLinks {
  private readonly references: StatusReferences;
  private readonly settings: CitizenSettingsStore;

  constructor(db: Database) {
    this.references = new StatusReferences(db);
    this.settings = new CitizenSettingsStore(db);
  }

  /** null until the host knows an address phones can reach (a core running without its LAN server). */
  forTicket(ticket: Pick<Ticket, 'caseId'>): TicketLink | null {
    const origin = this.settings.statusOrigin();
    if (!origin) return null;
    const url = `${origin}${statusPath(this.references.referenceFor(ticket.caseId))}`;
    return { url, short: url.replace(/^https?:\/\//, '') };
  }

  /** The ticket's facts for phones (src/server/printing/ticket-facts.ts): the QR's link, its line, the Wi-Fi. */
  facts(ticket: Pick<Ticket, 'caseId'>): { reference?: string; referenceLine?: string; wifi?: WifiOnTicket } {
    const link = this.forTicket(ticket);
    const wifi = this.wifi();
    return { ...(link ? { reference: link.url, referenceLine: link.short } : {}), ...(wifi ? { wifi } : {}) };
  }

  wifi(): WifiOnTicket | null {
    const { wifi } = this.settings.get();
    if (!wifi.onTicket || !wifi.name) return null;
    return { name: wifi.name, qr: wifiQrPayload(wifi) };
  }
}
