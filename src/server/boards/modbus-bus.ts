/**
 * One RS-485 line (a serial port) or one Modbus TCP gateway, shared by every board on it. A Modbus line carries
 * one request at a time, so writes to its boards go one after another, each with a time limit: a silent board
 * costs the others at most that. `modbus-serial` does the framing and the CRC; it is loaded on first use, so a
 * center without boards never loads it (or the serial driver).
 */
import { createRequire } from 'node:module';
import type ModbusRTU from 'modbus-serial';
import type { BoardConnection } from '../../shared/boards';
import type { ModbusWrite } from './board-protocols';
import { BusFailure, type BusFault } from './board-problems';

const require = createRequire(import.meta.url);
type ModbusClient = InstanceType<typeof ModbusRTU>;

/** Opening a port or reaching a gateway takes this at most. */
const OPEN_MS = 1500;

export const busKey = (c: BoardConnection): string =>
  c.type === 'serial' ? `serial:${c.path}` : `tcp:${c.host}:${c.port}`;
export const lineLabel = (c: BoardConnection): string => (c.type === 'serial' ? c.path : `${c.host}:${c.port}`);

export class ModbusBus {
  private client: ModbusClient | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    readonly connection: BoardConnection,
    private readonly answerMs: number,
  ) {}

  /** Sends the writes to one board after whatever the line is doing; rejects with a `BusFailure`. */
  send(unitId: number, writes: readonly ModbusWrite[]): Promise<void> {
    const turn = this.tail.then(() => this.sendNow(unitId, writes));
    this.tail = turn.catch(() => undefined);
    return turn;
  }

  close(): void {
    this.closed = true;
    this.drop();
  }

  private async sendNow(unitId: number, writes: readonly ModbusWrite[]): Promise<void> {
    if (this.closed) throw new BusFailure({ kind: 'portUnavailable', detail: 'closed' });
    const client = await this.open();
    client.setID(unitId);
    for (const write of writes) {
      try {
        if (write.fn === 16) await client.writeRegisters(write.address, write.values);
        else await client.writeRegister(write.address, write.value);
      } catch (error) {
        throw new BusFailure(this.faultOf(error));
      }
    }
  }

  private faultOf(error: unknown): BusFault {
    const e = error as { errno?: string; modbusCode?: number; message?: string };
    if (typeof e.modbusCode === 'number') return { kind: 'refused', modbusCode: e.modbusCode };
    if (e.errno === 'ETIMEDOUT') return { kind: 'noAnswer', ms: this.answerMs };
    // The port went away under us (adapter pulled out, gateway closed): open again next time.
    this.drop();
    return this.connection.type === 'serial'
      ? { kind: 'portUnavailable', detail: e.message ?? String(error) }
      : { kind: 'gatewayUnreachable', detail: e.message ?? String(error) };
  }

  private async open(): Promise<ModbusClient> {
    if (this.client?.isOpen) return this.client;
    this.drop();
    const Modbus = require('modbus-serial') as typeof ModbusRTU;
    const client = new Modbus();
    // Without a listener an 'error' event would throw; a failed write reports it anyway.
    client.on('error', () => undefined);
    client.setTimeout(this.answerMs);
    const c = this.connection;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        c.type === 'serial'
          ? client.connectRTUBuffered(c.path, { baudRate: c.baudRate, dataBits: 8, parity: 'none', stopBits: 1 })
          : client.connectTCP(c.host, { port: c.port, timeout: OPEN_MS }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), OPEN_MS);
        }),
      ]);
    } catch (error) {
      client.close(() => undefined);
      const e = error as { code?: string; message?: string };
      const detail = e.code ?? e.message ?? String(error);
      throw new BusFailure(
        c.type === 'serial' ? { kind: 'portUnavailable', detail } : { kind: 'gatewayUnreachable', detail },
      );
    } finally {
      clearTimeout(timer);
    }
    this.client = client;
    return client;
  }

  private drop(): void {
    const client = this.client;
    this.client = null;
    if (client?.isOpen) client.close(() => undefined);
  }
}
