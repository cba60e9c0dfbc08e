// `node --import ./loaded-modules.mjs …`: writes the URL of every module the process loads, one a line, to the file
// named by LUOT_LOADED_LOG (tests that the server loads at start only what its first answers need): ES modules
// through a loader hook, CommonJS files (the bundled server is CommonJS: decision 0024) as Node's loader reads them.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      appendFileSync(process.env.LUOT_LOADED_LOG, url + '\\n');
      return next(url, context);
    }`)}`,
);

// `.cjs` files are read by the `.js` loader too.
const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  appendFileSync(process.env.LUOT_LOADED_LOG, pathToFileURL(filename).href + '\n');
  return loadJs.call(this, module, filename);
};
