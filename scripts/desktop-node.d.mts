/** Types of scripts/desktop-node.mjs, for its test. */
export const DESKTOP_NODE: string;
export function desktopNodeProblem(version?: string): string | null;
