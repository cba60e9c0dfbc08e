/**
 * Where this PC's settings (`luot-pc.json`), the center's database (`data/`) and the shell's log live. On
 * Windows that is one folder for the machine, `%ProgramData%\Luot`: whoever signs in to Windows sees the same
 * center, and installing a new version or uninstalling never touches it (the installer lets the PC's users
 * write there, scripts/nsis/machine-setup.nsh). Version 0.1 kept them in the user's AppData (Electron's userData):
 * on the first start they are copied over and the old copy is renamed, never deleted.
 * Elsewhere — Linux, or `LUOT_USER_DATA` for a second Lượt on a developer's PC — one folder holds everything.
 * Chromium's own profile (the windows' sessions) stays per user: Windows encrypts it for that user only.
 */
import { cp, mkdir, readdir, rename, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { formatDateTime } from '../shared/time';
import { PC_CONFIG_FILE } from './pc-config';

export interface PcFolders {
  /** `luot-pc.json`, `data/` and `logs/`. */
  machine: string;
  /** This Windows user's userData: Chromium's profile, and where version 0.1 kept everything. */
  user: string;
}

export const DATA_FOLDER = 'data';
/** Left in the user's old folder after the move, for whoever looks there. */
export const MOVED_NOTE = 'LUOT-DA-CHUYEN-DU-LIEU.txt';
const MOVED_SUFFIX = '.moved-to-ProgramData';

export function pcFolders(platform: string, env: NodeJS.ProcessEnv, userData: string): PcFolders {
  if (platform !== 'win32' || env.LUOT_USER_DATA) return { machine: userData, user: userData };
  const programData = env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData';
  return { machine: join(programData, 'Luot'), user: userData };
}

export type FolderMove =
  | { kind: 'nothing-to-move' }
  | { kind: 'moved'; from: string; to: string; moved: string[] }
  /** Both folders hold a center: the machine's is kept in use, this user's older one is left untouched. */
  | { kind: 'left-in-place'; from: string; to: string };

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function holdsData(dir: string): Promise<boolean> {
  return readdir(dir).then(
    (names) => names.length > 0,
    () => false,
  );
}

/**
 * Copies a per-user setup into the machine folder, if there is one and the machine folder is still empty. The
 * copy is made beside and renamed into place, so a power cut leaves either no new center or a whole one; the
 * database moves with its WAL file (nothing else runs: one Lượt per PC). Then the old files are renamed.
 */
export async function moveToMachineFolder(folders: PcFolders, now = Date.now()): Promise<FolderMove> {
  const { machine, user } = folders;
  if (machine === user) return { kind: 'nothing-to-move' };
  const userConfig = join(user, PC_CONFIG_FILE);
  const userData = join(user, DATA_FOLDER);
  const hasConfig = await exists(userConfig);
  const hasData = await holdsData(userData);
  if (!hasConfig && !hasData) return { kind: 'nothing-to-move' };
  const machineConfig = join(machine, PC_CONFIG_FILE);
  const machineData = join(machine, DATA_FOLDER);
  if ((await exists(machineConfig)) || (await holdsData(machineData)))
    return { kind: 'left-in-place', from: user, to: machine };

  await mkdir(machine, { recursive: true });
  const tag = randomBytes(4).toString('hex');
  const moved: string[] = [];
  if (hasData) {
    const incoming = `${machineData}.incoming-${tag}`;
    await cp(userData, incoming, { recursive: true, errorOnExist: true, force: false, preserveTimestamps: true });
    await rm(machineData, { recursive: true, force: true });
    await rename(incoming, machineData);
    moved.push(DATA_FOLDER);
  }
  // The settings last: their presence is what makes the machine folder "in use".
  if (hasConfig) {
    const incoming = `${machineConfig}.incoming-${tag}`;
    await copyFile(userConfig, incoming);
    await rename(incoming, machineConfig);
    moved.push(PC_CONFIG_FILE);
  }
  for (const name of moved) await rename(join(user, name), join(user, `${name}${MOVED_SUFFIX}`));
  await writeFile(join(user, MOVED_NOTE), movedNote(machine, now), 'utf8');
  return { kind: 'moved', from: user, to: machine, moved };
}

const movedNote = (machine: string, now: number) =>
  `Ngày ${formatDateTime(now)}, Lượt đã chuyển cài đặt và dữ liệu của trung tâm sang ${machine}, ` +
  'để mọi tài khoản Windows của máy này dùng chung. Bản cũ ở đây (tên có đuôi .moved-to-ProgramData) được giữ lại ' +
  'và không còn được dùng.\r\n' +
  `On ${formatDateTime(now)}, Lượt moved this PC's settings and the center's data to ${machine}, shared by every ` +
  'Windows account of this PC. The old copy here (names ending in .moved-to-ProgramData) is kept and no longer used.\r\n';
