/** Types of scripts/check-packaging.mjs, for its test. */
export interface Target {
  platform: string;
  arch: string;
}
export const SHIPPED_TARGETS: Target[];
export function checkPackaging(options: {
  lock: { packages?: Record<string, Record<string, unknown>> };
  config: Record<string, unknown>;
  root?: string;
  targets?: Target[];
}): { checked: string[]; problems: string[] };
