/**
 * JSON bodies, parsed by Fastify's own parser (which refuses `__proto__` tricks) once their nesting is known to
 * be shallow. No body Lượt takes is nested more than a few levels; a 5,000-deep one from a phone on the hall's
 * Wi-Fi overflowed the stack further on (500) — now it is refused at the door, in Vietnamese and English.
 */
import type { FastifyInstance } from 'fastify';
import { LuotError } from '../../shared/errors';

/** Deepest nesting of arrays and objects a body may have (the deepest real one is 3). */
export const MAX_JSON_DEPTH = 32;

const tooDeep = () =>
  new LuotError(400, 'JSON_TOO_DEEP', {
    vi: `Dữ liệu gửi lên lồng nhau quá sâu (tối đa ${MAX_JSON_DEPTH} cấp); không có gì được thay đổi.`,
    en: `The request's data is nested too deeply (at most ${MAX_JSON_DEPTH} levels); nothing was changed.`,
  });

/** The deepest nesting of `[` and `{` outside strings (a malformed text is left for the parser to refuse). */
export function jsonDepth(text: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > stopAt) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

export function installJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepth(body as string, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return done(tooDeep(), undefined);
    parseJson(request, body as string, done);
  });
}
