/** `npm run docs:api`: writes docs/api.md's endpoint table from src/shared/contract/endpoints.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { withEndpointTable } from '../src/shared/contract/endpoint-doc';

export const API_DOC = join(import.meta.dirname, '../docs/api.md');

/** The document as it should be: current table, formatted as `npm run lint` expects. */
export async function expectedApiDoc(): Promise<string> {
  const options = (await resolveConfig(API_DOC)) ?? {};
  return format(withEndpointTable(readFileSync(API_DOC, 'utf8')), { ...options, parser: 'markdown' });
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(API_DOC, await expectedApiDoc());
  console.log('docs/api.md: endpoint table written');
}
