/** Loads the drawing half of printing (drawing.ts) once, on first use: a chunk of its own in the bundled server. */
export type Drawing = typeof import('./drawing');

let loading: Promise<Drawing> | null = null;

export const loadDrawing = (): Promise<Drawing> => (loading ??= import('./drawing'));
