/**
 * The desktop shell's bridge (`window.luot`, src/preload/bridge.ts) as the screens see it: null in a browser,
 * where every screen must work without it. Only what a browser cannot do goes through it.
 */
import type { LuotBridge } from '../../../preload/bridge';

export const desktop: LuotBridge | null = (window as { luot?: LuotBridge }).luot ?? null;
