/**
 * The ticket's font: Be Vietnam Pro (SIL OFL, resources/fonts), drawn for Vietnamese by Vietnamese designers,
 * so every stacked diacritic (ệ, ỗ, ữ) sits right. Bundled rather than taken from the system: a Windows PC at a
 * commune center may have no font with full Vietnamese coverage, and the ticket must look the same everywhere.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canvasModule } from './native-modules';

/** Registered under its own name so a system font of the same family can never stand in for it. */
export const TICKET_FONT_FAMILY = 'Luot Ticket';

const FILES = ['BeVietnamPro-SemiBold.ttf', 'BeVietnamPro-ExtraBold.ttf'];

/**
 * `resources/fonts` of the source tree, of the built app (out/server, out/main) or of a packaged app
 * (`process.resourcesPath`): found by walking up from this module rather than by a path fixed at build time.
 */
export function fontsDirectory(): string {
  const candidates: string[] = [];
  if (process.env.LUOT_RESOURCES_DIR) candidates.push(join(process.env.LUOT_RESOURCES_DIR, 'fonts'));
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged) candidates.push(join(packaged, 'fonts'), join(packaged, 'resources', 'fonts'));
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    candidates.push(join(dir, 'resources', 'fonts'));
    dir = dirname(dir);
  }
  const found = candidates.find((c) => existsSync(join(c, FILES[0]!)));
  if (!found) throw new Error(`ticket fonts not found; looked in: ${candidates.join(', ')}`);
  return found;
}

let registered = false;

export function registerTicketFonts(): void {
  if (registered) return;
  const dir = fontsDirectory();
  for (const file of FILES) {
    if (!canvasModule().GlobalFonts.registerFromPath(join(dir, file), TICKET_FONT_FAMILY))
      throw new Error(`could not load the ticket font ${join(dir, file)}`);
  }
  registered = true;
}
