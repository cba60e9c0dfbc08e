import { admin } from './admin';
import { common } from './common';
import { counter } from './counter';
import { display } from './display';
import { greeter } from './greeter';
import { voice } from './voice';

/** Every namespace of the app; a screen adds its catalog here. */
export const catalogs = { admin, common, greeter, counter, display, voice };
