/**
 * The address of the "why" view (为什么偏低): /app/why/<target>?org=<code>&year=<year>, with org
 * and year optional (default: the caller's unit and the session's year). Other pages (the
 * cockpit's target cards, the league table, the county page) link to it with these helpers. Import
 * it from pages only (it imports the navigation, which imports every area's index.tsx).
 */
import type { MouseEvent } from 'react';
import { APP_BASE } from '../../navigation';

/** /app/why/T1?org=999901&year=2025 */
export function whyHref(target: string, org?: string, year?: number): string {
  const q = new URLSearchParams();
  if (org) q.set('org', org);
  if (year !== undefined) q.set('year', String(year));
  const s = q.toString();
  return `${APP_BASE}/why/${encodeURIComponent(target)}${s ? `?${s}` : ''}`;
}

/**
 * onClick for a link to the why view: a plain click opens it without a reload. The shell's
 * navigate() keeps only ?year=, so the address (with ?org=) is pushed here and the shell is told
 * through popstate, which makes it read the page and the year from the address.
 */
export function whyClick(href: string) {
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    window.history.pushState(null, '', href);
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.scrollTo(0, 0);
  };
}
