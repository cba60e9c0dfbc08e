import { admin } from './admin';
import { citizenSetup } from './admin-citizen';
import { common } from './common';
import { counter } from './counter';
import { display } from './display';
import { greeter } from './greeter';
import { rating } from './rating';

/** Every namespace of the app; a screen adds its catalog here. */
export const catalogs = { admin, common, greeter, counter, display, rating, citizenSetup };
