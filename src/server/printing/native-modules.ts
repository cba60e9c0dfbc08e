/**
 * The native modules printing needs, loaded on first use rather than at start: the canvas (Skia, ~60 ms to load)
 * and the serial port driver (~40 ms) would otherwise add a fifth to the server's start (target < 500 ms), and a
 * center without a serial printer never needs the second. `require` keeps the call synchronous for the renderer.
 */
import { createRequire } from 'node:module';
import type * as Canvas from '@napi-rs/canvas';
import type * as Serial from 'serialport';

const require = createRequire(import.meta.url);
let canvas: typeof Canvas | undefined;
let serial: typeof Serial | undefined;

export function canvasModule(): typeof Canvas {
  return (canvas ??= require('@napi-rs/canvas') as typeof Canvas);
}

export function serialPortModule(): typeof Serial {
  return (serial ??= require('serialport') as typeof Serial);
}
