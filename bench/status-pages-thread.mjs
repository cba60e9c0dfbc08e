// The pages' thread of bench/citizen.ts is TypeScript: a worker does not inherit the parent's `--import tsx`,
// so it registers tsx itself before loading it.
import { register } from 'tsx/esm/api';

register();
await import('./status-pages.ts');
