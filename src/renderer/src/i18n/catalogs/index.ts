import { admin } from './admin';
import { board } from './board';
import { citizenSetup } from './admin-citizen';
import { common } from './common';
import { counter } from './counter';
import { display } from './display';
import { appointments } from './appointments';
import { greeter } from './greeter';
import { kiosk } from './kiosk';
import { procedures } from './procedures';
import { rating } from './rating';
import { reportAppointments } from './report-appointments';
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
  board,
  reports,
  staffDesk,
  procedures,
  signin,
  rating,
  citizenSetup,
  voice,
  reportRatings,
  reportProcedures,
  reportAppointments,
  kiosk,
  appointments,
};
