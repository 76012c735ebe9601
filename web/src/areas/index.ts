/**
 * The web app's areas, found by folder: every areas/<name>/index.tsx exporting `area` (Vite's
 * import.meta.glob, resolved when the app is built). In navigation order. Their pages and
 * navigation items are flattened here once, for the router (navigation.ts) and the header.
 */
import type { AreaNavItem, AreaPage, WebArea } from './area';

const modules = import.meta.glob<{ area: WebArea }>('./*/index.tsx', { eager: true });

export const AREAS: readonly WebArea[] = Object.entries(modules)
  .map(([file, mod]) => {
    if (!mod.area) throw new Error(`${file} does not export area`);
    return mod.area;
  })
  .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));

/** Every area's pages, in area order. */
export const PAGES: readonly AreaPage[] = AREAS.flatMap((a) => a.pages);

/** Every area's items of the header's navigation, in area order. */
export const NAV_ITEMS: readonly AreaNavItem[] = AREAS.flatMap((a) => a.nav);
