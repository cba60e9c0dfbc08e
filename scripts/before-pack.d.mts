/** Types of scripts/before-pack.mjs (electron-builder's `beforePack` hook). */
export default function beforePack(context: { electronPlatformName: string; arch: number }): Promise<void>;
