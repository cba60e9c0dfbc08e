/**
 * V8's compiled code for the bundled server, kept between starts (issue 25, decision 0024). Compiling the bundle —
 * its top level, then each function the start calls — was the largest part of a start after decisions 0017 and
 * 0019, and it is the same work at every start of the same build. Node 22 does this itself
 * (`module.enableCompileCache`); Node 20, which the host runs, has only `vm.Script`'s `cachedData`, so the bundle is
 * CommonJS and its files are compiled here: with the code a previous start left in `.code-cache/` beside them when
 * there is one, and that code written there a few seconds into a start that had none (or whose was refused).
 *
 * A cache file is named by a hash of its file's text: V8 itself only checks its version, its flags and the text's
 * length, so a rebuilt bundle of the same length would otherwise be given the old bundle's code. A folder that
 * cannot be written (an installation that is read-only) only means every start compiles, as without this.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import { Script } from 'node:vm';

/**
 * Time for the start and its first requests to compile what they use: the cache then holds that code too. A chunk
 * first loaded later (printing's drawing) is compiled at each start, as before.
 */
const WRITE_AFTER_MS = 1_000;

/** Node's CommonJS loader, as far as this uses it (`Module.prototype._compile` and `Module.wrap` are not typed). */
interface Compiling {
  exports: unknown;
}
type Compile = (this: Compiling, content: string, filename: string) => unknown;
const loader = Module as unknown as { prototype: { _compile: Compile }; wrap(code: string): string };

/** Compiles the CommonJS files under `dir` with kept code; the files' own behaviour is unchanged. */
export function useCodeCache(dir: string): void {
  const cacheDir = join(dir, '.code-cache');
  const compile = loader.prototype._compile;
  const toWrite: { script: Script; file: string }[] = [];
  loader.prototype._compile = function (this: Compiling, content: string, filename: string) {
    // In Node 20 an `import()` in code read back from a cache throws ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING: a file
    // that has one is compiled as usual (the build turns the bundle's own into `require`s: vite.server.config.ts).
    if (!filename.startsWith(dir + sep) || content.includes('import(')) return compile.call(this, content, filename);
    const file = join(cacheDir, `${basename(filename)}.${createHash('sha1').update(content).digest('hex')}.v8`);
    const cachedData = readIfThere(file);
    const script = new Script(loader.wrap(content), {
      filename,
      ...(cachedData ? { cachedData } : {}),
    });
    if (!cachedData || script.cachedDataRejected) toWrite.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  setTimeout(() => keep(cacheDir, toWrite), WRITE_AFTER_MS).unref();
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes each script's code as compiled so far, and removes what older builds of the same file left. */
function keep(cacheDir: string, scripts: { script: Script; file: string }[]): void {
  if (scripts.length === 0) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const current = new Set(scripts.map(({ file }) => basename(file)));
    // Written aside, then renamed: another host starting from the same folder (tests run several) reads a whole
    // file or none.
    for (const { script, file } of scripts) {
      writeFileSync(`${file}.${process.pid}`, script.createCachedData());
      renameSync(`${file}.${process.pid}`, file);
    }
    const stems = new Set([...current].map((name) => name.replace(/\.[0-9a-f]{40}\.v8$/, '')));
    for (const name of readdirSync(cacheDir)) {
      const stem = name.replace(/\.[0-9a-f]{40}\.v8$/, '');
      if (stems.has(stem) && !current.has(name)) rmSync(join(cacheDir, name), { force: true });
    }
  } catch {
    // A folder the host may not write to: it starts as it did without the cache.
  }
}
