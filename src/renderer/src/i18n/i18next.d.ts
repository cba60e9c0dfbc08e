import 'i18next';
import type { catalogs } from './catalogs';

type Resources = { [NS in keyof typeof catalogs]: (typeof catalogs)[NS]['vi'] };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
