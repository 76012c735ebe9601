/**
 * The web app's areas, found by folder: every areas/<name>/index.tsx exporting `area` (Vite's
 * import.meta.glob, resolved when the app is built). In navigation order.
 */
import type { WebArea } from './area';

const modules = import.meta.glob<{ area: WebArea }>('./*/index.tsx', { eager: true });

export const AREAS: readonly WebArea[] = Object.entries(modules)
  .map(([file, mod]) => {
    if (!mod.area) throw new Error(`${file} does not export area`);
    return mod.area;
  })
  .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
