/**
 * The few things the shell asks of Windows itself, through PowerShell (present on every Windows 10/11). Kept
 * apart so the rest is tested on any OS with this module replaced: its output is parsed in network-profile.ts.
 * Elsewhere than Windows each answers "unknown" (`null`/`false`).
 */
import { execFile } from 'node:child_process';

const POWERSHELL = 'powershell.exe';
const TIMEOUT_MS = 20_000;

function powershell(command: string): Promise<string | null> {
  if (process.platform !== 'win32') return Promise.resolve(null);
  // UTF-8 out, or a network named in Vietnamese arrives in the console's code page.
  const script = `[Console]::OutputEncoding = [Text.Encoding]::UTF8; ${command}`;
  return new Promise((resolve) => {
    execFile(
      POWERSHELL,
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', script],
      { windowsHide: true, timeout: TIMEOUT_MS, encoding: 'utf8' },
      (error, stdout) => resolve(error ? null : stdout),
    );
  });
}

/** The connected networks' profiles as JSON (see `parseNetworkProfiles`); `null` when they cannot be read. */
export function readNetworkProfiles(): Promise<string | null> {
  return powershell(
    'Get-NetConnectionProfile | Select-Object Name, InterfaceAlias, InterfaceIndex, NetworkCategory | ConvertTo-Json -Compress',
  );
}

/**
 * Makes these networks Private. Needs an administrator: Windows asks (UAC) in its own secure dialog. `true`
 * when the command ran; `false` when it was refused or failed — the caller reads the profiles again anyway.
 */
export async function makeNetworksPrivate(interfaceIndexes: number[]): Promise<boolean> {
  const indexes = interfaceIndexes.filter((i) => Number.isInteger(i) && i >= 0).join(',');
  if (!indexes) return false;
  const inner = `Set-NetConnectionProfile -InterfaceIndex ${indexes} -NetworkCategory Private`;
  const output = await powershell(
    `Start-Process -FilePath powershell.exe -Verb RunAs -Wait -WindowStyle Hidden ` +
      `-ArgumentList '-NoProfile','-NonInteractive','-Command','${inner}'; 'done'`,
  );
  return output?.trim() === 'done';
}
