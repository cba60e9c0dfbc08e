/**
 * The host on a Public network (see network-profile.ts): found at start and on the setup page, explained in a
 * dialog with the two ways out Windows allows — make the network Private (Windows asks for an administrator)
 * or open the network settings — and shown in the tray until fixed.
 */
import { shell } from 'electron';
import { showMessageBox } from './message-box';
import { NETWORK_TEXT, parseNetworkProfiles, publicNetworks, type PublicNetworks } from './network-profile';
import type { ShellLog } from './shell-log';
import { both, paragraphs } from './shell-text';
import { makeNetworksPrivate, readNetworkProfiles } from './windows-commands';

/** The connected networks that are Public; `null` when none is, or when Windows could not say. */
export async function findPublicNetworks(log: ShellLog): Promise<PublicNetworks | null> {
  const output = await readNetworkProfiles();
  if (output === null) return null;
  const profiles = parseNetworkProfiles(output);
  if (!profiles) log.write('Không đọc được loại mạng / unreadable network profiles:', output.slice(0, 500));
  else log.write('Mạng / networks:', profiles.map((p) => `${p.name} (${p.interfaceAlias}): ${p.category}`).join('; '));
  return publicNetworks(profiles);
}

/** Asks Windows to make them Private, then looks again: what is still Public. */
export async function makePrivate(networks: PublicNetworks, log: ShellLog): Promise<PublicNetworks | null> {
  const ran = await makeNetworksPrivate(networks.interfaceIndexes);
  log.write(`Chuyển mạng sang Riêng tư / making networks Private: ${ran ? 'ran' : 'refused or failed'}`);
  return findPublicNetworks(log);
}

export function openNetworkSettings(): void {
  void shell.openExternal('ms-settings:network-status');
}

/** The dialog: resolves what is still Public when it closes. */
export async function explainPublicNetwork(networks: PublicNetworks, log: ShellLog): Promise<PublicNetworks | null> {
  let current: PublicNetworks | null = networks;
  let notChanged = false;
  while (current) {
    const message = notChanged ? `${paragraphs(NETWORK_TEXT.notChanged)}\n\n` : '';
    const { response } = await showMessageBox({
      type: 'warning',
      title: 'Lượt',
      message: message + paragraphs(current.text),
      buttons: [both(NETWORK_TEXT.makePrivate), both(NETWORK_TEXT.openSettings), both(NETWORK_TEXT.later)],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    if (response === 1) openNetworkSettings();
    if (response !== 0) return current;
    current = await makePrivate(current, log);
    notChanged = true;
  }
  return null;
}
