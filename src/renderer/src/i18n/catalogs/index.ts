import { admin } from './admin';
import { citizenSetup } from './admin-citizen';
import { common } from './common';
import { counter } from './counter';
import { display } from './display';
import { greeter } from './greeter';
import { procedures } from './procedures';
import { rating } from './rating';
import { reportProcedures } from './report-procedures';
import { reportRatings } from './report-ratings';
import { reports } from './reports';
import { signin } from './signin';
import { staffDesk } from './staff-desk';
import { voice } from './voice';

/** Every namespace of the app; a screen adds its catalog here. */
export const catalogs = {
  admin,
  common,
  greeter,
  counter,
  display,
  reports,
  staffDesk,
  procedures,
  signin,
  rating,
  citizenSetup,
  voice,
  reportRatings,
  reportProcedures,
};
