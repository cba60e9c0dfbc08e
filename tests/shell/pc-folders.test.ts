/**
 * Where a PC keeps its settings, its center's database and its log, and the move of version 0.1's per-user data
 * into the machine folder: real files and a real SQLite database (with uncheckpointed WAL) in temp folders.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveToMachineFolder, MOVED_NOTE, pcFolders } from '../../src/main/pc-folders';
import { ShellLog } from '../../src/main/shell-log';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `luot-${name}-`));

describe("the PC's folders", () => {
  it('on Windows: one folder for the machine in ProgramData, whoever is signed in', () => {
    const env = { ProgramData: 'C:\\ProgramData' };
    expect(pcFolders('win32', env, 'C:\\Users\\Lan\\AppData\\Roaming\\Lượt')).toEqual({
      machine: join('C:\\ProgramData', 'Luot'),
      user: 'C:\\Users\\Lan\\AppData\\Roaming\\Lượt',
    });
    expect(pcFolders('win32', {}, 'x').machine).toBe(join('C:\\ProgramData', 'Luot'));
  });

  it('elsewhere, or with LUOT_USER_DATA (a second Lượt on a developer PC), one folder holds everything', () => {
    expect(pcFolders('linux', {}, '/home/lan/.config/Lượt')).toEqual({
      machine: '/home/lan/.config/Lượt',
      user: '/home/lan/.config/Lượt',
    });
    expect(pcFolders('win32', { LUOT_USER_DATA: 'D:\\station' }, 'D:\\station').machine).toBe('D:\\station');
  });
});

/** Version 0.1's AppData: settings and a database whose last writes are still in its WAL file. */
function oldUserFolder(): string {
  const user = temp('appdata');
  mkdirSync(join(user, 'data'));
  writeFileSync(join(user, 'luot-pc.json'), '{"role":"host"}\n');
  const db = new Database(join(user, 'data', 'luot.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec("CREATE TABLE tickets (code TEXT); INSERT INTO tickets VALUES ('A001'), ('A002')");
  // Left open, as after a power cut: the rows are only in luot.db-wal.
  expect(existsSync(join(user, 'data', 'luot.db-wal'))).toBe(true);
  return user;
}

describe("moving version 0.1's data to the machine folder", () => {
  it('copies the settings and the database with its WAL, then renames the old ones and leaves a note', async () => {
    const user = oldUserFolder();
    const machine = join(temp('programdata'), 'Luot');
    const moved = await moveToMachineFolder({ machine, user }, Date.UTC(2026, 10, 23, 1, 5));
    expect(moved).toEqual({ kind: 'moved', from: user, to: machine, moved: ['data', 'luot-pc.json'] });

    expect(readFileSync(join(machine, 'luot-pc.json'), 'utf8')).toBe('{"role":"host"}\n');
    const db = new Database(join(machine, 'data', 'luot.db'), { readonly: true });
    expect(db.prepare('SELECT code FROM tickets').pluck().all()).toEqual(['A001', 'A002']);
    db.close();
    expect(existsSync(join(user, 'luot-pc.json'))).toBe(false);
    expect(existsSync(join(user, 'luot-pc.json.moved-to-ProgramData'))).toBe(true);
    expect(existsSync(join(user, 'data.moved-to-ProgramData', 'luot.db'))).toBe(true);
    const note = readFileSync(join(user, MOVED_NOTE), 'utf8');
    expect(note).toContain(`Ngày 23/11/2026 08:05, Lượt đã chuyển`);
    expect(note).toContain(machine);
  });

  it('does nothing twice, nor when there is nothing to move', async () => {
    const user = oldUserFolder();
    const machine = join(temp('programdata'), 'Luot');
    await moveToMachineFolder({ machine, user });
    expect(await moveToMachineFolder({ machine, user })).toEqual({ kind: 'nothing-to-move' });
    expect(await moveToMachineFolder({ machine: temp('m'), user: temp('u') })).toEqual({ kind: 'nothing-to-move' });
    expect(await moveToMachineFolder({ machine: user, user })).toEqual({ kind: 'nothing-to-move' });
  });

  it("never overwrites a machine folder in use: another Windows user's older center stays where it is", async () => {
    const user = oldUserFolder();
    const machine = temp('programdata');
    writeFileSync(join(machine, 'luot-pc.json'), '{"role":"station"}\n');
    expect(await moveToMachineFolder({ machine, user })).toEqual({ kind: 'left-in-place', from: user, to: machine });
    expect(readFileSync(join(machine, 'luot-pc.json'), 'utf8')).toBe('{"role":"station"}\n');
    expect(existsSync(join(user, 'data', 'luot.db'))).toBe(true);
    expect(existsSync(join(machine, 'data'))).toBe(false);
  });
});

describe("the shell's log", () => {
  it('is in the first folder where it can be written, with dated lines and whole errors', () => {
    const machine = temp('machine');
    writeFileSync(join(machine, 'logs'), 'a file where the folder should be');
    const user = temp('user');
    const log = ShellLog.open([machine, user]);
    expect(log.file).toBe(join(user, 'logs', 'luot.log'));
    log.write('Không khởi động được / could not start:', new TypeError('boom'));
    const text = readFileSync(log.file, 'utf8');
    expect(text).toMatch(
      /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d Không khởi động được \/ could not start: TypeError: boom\n\s+at /,
    );
  });

  it('keeps one older log beside when it grows past 2 MB', () => {
    const dir = temp('logs');
    mkdirSync(join(dir, 'logs'));
    writeFileSync(join(dir, 'logs', 'luot.log'), 'x'.repeat(2 * 1024 * 1024 + 1));
    const log = ShellLog.open([dir]);
    log.write('again');
    expect(readFileSync(`${log.file}.old`, 'utf8')).toHaveLength(2 * 1024 * 1024 + 1);
    expect(readFileSync(log.file, 'utf8')).toMatch(/again\n$/);
  });
});
