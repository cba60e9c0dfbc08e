/** Parses network input with the shared zod schemas; a failure is a 400 in Vietnamese and English. */
import type { z } from 'zod';
// Only the two locales we speak: the `z.locales` namespace would load all of zod's languages at start-up.
import english from 'zod/v4/locales/en.js';
import vietnamese from 'zod/v4/locales/vi.js';
import { LuotError } from '../../shared/errors';
import { RULE_TEXT } from '../../shared/schemas';

const vi = vietnamese().localeError;
const en = english().localeError;

export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: vi });
  if (result.success) return result.data;
  const english = schema.safeParse(input, { error: en });
  const enIssues = english.success ? [] : english.error.issues;
  const issues = result.error.issues.map((issue, i) => {
    const rule = RULE_TEXT[issue.message as keyof typeof RULE_TEXT];
    return {
      path: issue.path.join('.'),
      code: issue.code,
      vi: rule?.vi ?? issue.message,
      en: rule?.en ?? enIssues[i]?.message ?? issue.message,
    };
  });
  const first = issues[0];
  const where = first?.path ? ` (${first.path})` : '';
  throw new LuotError(
    400,
    'INVALID_INPUT',
    {
      vi: `Dữ liệu gửi lên không hợp lệ${where}: ${first?.vi ?? ''}`,
      en: `The request is not valid${where}: ${first?.en ?? ''}`,
    },
    undefined,
    issues,
  );
}
