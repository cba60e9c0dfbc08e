// What a V8 CPU profile's time went to, by part: `node bench/profile-summary.mjs <file.cpuprofile> [more …]`.
// Self time is summed per source (a package of node_modules, a file of src/, Node's own code, native/GC); with a
// source map beside the profiled script (build one unminified: see docs/performance.md, "What the start costs"),
// the bundle's lines are named by their original file. Several profiles are averaged (ms per profile).
// Also prints the inclusive time of the start's main steps (any function whose name is listed in STEPS).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

const STEPS = [
  'openCore',
  'openDatabase',
  'migrate',
  'seedFirstRun',
  'seedProcedures',
  'createLanServer',
  'registerEndpoints',
  'listen',
  'startLuot',
  'startDiscoveryResponder',
  'lockDataFolder',
];
const files = process.argv.slice(2);
const maps = new Map();

function mapOf(url) {
  if (!url.startsWith('file://')) return null;
  if (!maps.has(url)) {
    const path = `${fileURLToPath(url)}.map`;
    maps.set(url, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(url);
}

/** The part a call frame belongs to: a node_modules package, a src/ or bench/ file, node:internal, or (native). */
function partOf(frame) {
  const { url, lineNumber, columnNumber, functionName } = frame;
  if (!url) return functionName ? `(${functionName})` : '(native)';
  if (url.startsWith('node:')) return 'node: (Node’s own code)';
  let source = url;
  const map = mapOf(url);
  if (map) source = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber }).source ?? url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  const own = /((?:src|bench)\/.*)$/.exec(source);
  return own ? own[1] : source.replace(/^file:\/\//, '');
}

function nameOf(frame) {
  const map = mapOf(frame.url);
  if (map && frame.url) {
    const original = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (original.name) return original.name;
  }
  return frame.functionName;
}

const self = new Map();
const steps = new Map();
let total = 0;
let idle = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeOf = new Map();
  profile.samples.forEach((id, i) => timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  for (const [id, ms] of timeOf) {
    const node = byId.get(id);
    total += ms;
    if (node.callFrame.functionName === '(idle)') idle += ms;
    const part = partOf(node.callFrame);
    self.set(part, (self.get(part) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at).callFrame);
      if (STEPS.includes(name) && !seen.has(name)) {
        seen.add(name);
        steps.set(name, (steps.get(name) ?? 0) + ms);
      }
    }
  }
}
const per = (ms) => (ms / files.length).toFixed(1).padStart(8);
console.log(
  `${files.length} profile(s), per profile: ${per(total)} ms sampled, of which ${per(idle).trim()} ms idle\n\nself time by part:`,
);
for (const [part, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${per(ms)} ms  ${part}`);
console.log('\ninclusive time of the start’s steps:');
for (const [name, ms] of [...steps].sort((a, b) => b[1] - a[1])) console.log(`${per(ms)} ms  ${name}`);
