#!/usr/bin/env node
/**
 * The desktop app's commands — `npm start`, `npm run dev`, `npm run dist` — need Node ≥ 22.12: Electron 45 and
 * its tooling require it. The tests and browser mode (`npm test`, `npm run serve`) run on Node ≥ 20.19, the
 * floor in package.json's `engines`. One clear message here instead of a failure halfway through a download.
 */
import { fileURLToPath } from 'node:url';

export const DESKTOP_NODE = '22.12.0';

const parts = (version) => version.replace(/^v/, '').split('.').map(Number);

/** `null` when `version` can build and run the desktop app; else what to do, in Vietnamese and English. */
export function desktopNodeProblem(version = process.versions.node) {
  const [major, minor] = parts(version);
  const [needMajor, needMinor] = parts(DESKTOP_NODE);
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null;
  return (
    `Ứng dụng máy tính (npm start, npm run dev, npm run dist) cần Node ${DESKTOP_NODE} trở lên; máy này có Node ${version}. ` +
    'Hãy cài Node 22 LTS (https://nodejs.org). Kiểm thử và chế độ trình duyệt vẫn chạy với Node 20.19: ' +
    '`npm test`, `npm run serve`.\n' +
    `The desktop app (npm start, npm run dev, npm run dist) needs Node ${DESKTOP_NODE} or later; this PC has ` +
    `Node ${version}. Install Node 22 LTS (https://nodejs.org). The tests and browser mode still run on Node 20.19: ` +
    '`npm test`, `npm run serve`.'
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = desktopNodeProblem();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
