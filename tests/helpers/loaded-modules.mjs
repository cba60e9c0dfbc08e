// `node --import ./loaded-modules.mjs …`: writes the URL of every ES module the process loads, one a line, to the
// file named by LUOT_LOADED_LOG (tests that the server loads at start only what its first answers need).
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      appendFileSync(process.env.LUOT_LOADED_LOG, url + '\\n');
      return next(url, context);
    }`)}`,
);
