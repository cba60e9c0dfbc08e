import { contextBridge } from 'electron';
import { VERSION_SWITCH, type LuotBridge } from './bridge';

const version = process.argv.find((arg) => arg.startsWith(VERSION_SWITCH))?.slice(VERSION_SWITCH.length) ?? '';

contextBridge.exposeInMainWorld('luot', { platform: 'electron', version } satisfies LuotBridge);
