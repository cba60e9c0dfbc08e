/** The "Set up this PC" page's preload: `window.luotPcSetup`, typed by `PcSetupBridge`. */
import { contextBridge, ipcRenderer } from 'electron';
import type { PcSetupBridge, PcSetupCalls } from './pc-setup-bridge';

function call<C extends keyof PcSetupCalls>(channel: C, ...args: PcSetupCalls[C]['args']) {
  return ipcRenderer.invoke(channel, ...args) as Promise<PcSetupCalls[C]['result']>;
}

contextBridge.exposeInMainWorld('luotPcSetup', {
  load: () => call('pc-setup:load'),
  unlock: (pin) => call('pc-setup:unlock', pin),
  findHosts: () => call('pc-setup:find-hosts'),
  save: (choice) => call('pc-setup:save', choice),
  network: () => call('pc-setup:network'),
  makeNetworkPrivate: () => call('pc-setup:make-network-private'),
  openNetworkSettings: () => call('pc-setup:open-network-settings'),
  cancel: () => call('pc-setup:cancel'),
} satisfies PcSetupBridge);
