/** The link for a configured connection: the one place that knows every kind. */
import type { PrinterConnection } from '../../../shared/domain';
import { CupsPrinterLink, type CupsOptions } from './cups-link';
import type { PrinterLink } from './printer-link';
import { SerialPrinterLink } from './serial-link';
import { TcpPrinterLink, type TcpTiming } from './tcp-link';
import { WindowsSpoolerLink, type WindowsSpoolerOptions } from './windows-spooler-link';

/** Where tests (and unusual installs) swap a program or a time limit. */
export interface LinkOptions extends CupsOptions, WindowsSpoolerOptions {
  tcpTiming?: TcpTiming;
}

export function openLink(connection: Exclude<PrinterConnection, { kind: 'none' }>, options: LinkOptions = {}) {
  let link: PrinterLink & { warmUp?: () => void };
  switch (connection.kind) {
    case 'tcp':
      link = new TcpPrinterLink(connection.host, connection.port, options.tcpTiming);
      break;
    case 'windows':
      link = new WindowsSpoolerLink(connection.printerName, options);
      break;
    case 'serial':
      link = new SerialPrinterLink(connection.path, connection.baudRate);
      break;
    case 'cups':
      link = new CupsPrinterLink(connection.queue, options);
      break;
  }
  return link;
}

/** The same printer, whatever else changed in the settings: jobs for it share one queue. */
export function connectionKey(connection: PrinterConnection): string {
  return JSON.stringify(connection);
}
