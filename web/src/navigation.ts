/** Addresses inside the app (/app/…), keeping the selected school year as ?year=. */
import type { MouseEvent } from 'react';
import { AREAS } from './areas';

/** Every area's pages, the most specific first (more fixed parts before fewer; /x before /:y). */
const PAGES = AREAS.flatMap((a) => a.pages)
  .filter((p) => p.path !== '/')
  .sort((a, b) => specificity(b.path) - specificity(a.path));

function specificity(path: string): number {
  const parts = path.split('/').filter((x) => x !== '');
  return parts.length * 10 + parts.filter((x) => !x.startsWith(':')).length;
}

export const APP_BASE = '/app';

export function appHref(path: string, year: number | undefined): string {
  return `${APP_BASE}${path}${year === undefined ? '' : `?year=${year}`}`;
}

/** The page an address names, with the parts of the path its pattern names. */
export type Route = { page: string } & Readonly<Record<string, string | undefined>>;

/** The page at /app/, which also answers every address no page claims (the cockpit). */
export const HOME_PAGE = AREAS.flatMap((a) => a.pages).find((p) => p.path === '/')?.page ?? 'home';

/** The path's parameters when `pattern` (/counties/:code, /collection/:period?) matches, else null. */
export function matchPath(pattern: string, path: string): Record<string, string | undefined> | null {
  const want = pattern.split('/').filter((x) => x !== '');
  const have = path.split('/').filter((x) => x !== '');
  const required = want.filter((w) => !w.endsWith('?')).length;
  if (have.length < required || have.length > want.length) return null;
  const params: Record<string, string | undefined> = {};
  for (const [i, w] of want.entries()) {
    const part = have[i];
    if (w.startsWith(':'))
      params[w.slice(1).replace(/\?$/, '')] = part === undefined ? undefined : decodeURIComponent(part);
    else if (part !== w) return null;
  }
  return params;
}

/**
 * The page a path names, among the areas' pages (areas/<area>/index.tsx): /app/counties/370811 →
 * { page: 'county', code: '370811' }; anything no page claims is the home page.
 */
export function routeOf(pathname: string): Route {
  const rest = pathname.startsWith(`${APP_BASE}/`) ? pathname.slice(APP_BASE.length) : '/';
  for (const p of PAGES) {
    const params = matchPath(p.path, rest);
    if (params) return { ...params, page: p.page };
  }
  return { page: HOME_PAGE };
}

export type Navigate = (path: string) => void;

/** onClick for an <a href> inside the app: a plain click navigates without a reload. */
export function linkClick(navigate: Navigate, path: string) {
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(path);
  };
}

/**
 * A screen with unsaved changes registers the question to ask before the app leaves it (a link,
 * the period selector, logging out); null when there is nothing to lose.
 */
let leaveQuestion: string | null = null;

export function setLeaveQuestion(question: string | null): void {
  leaveQuestion = question;
}

/** Whether the app may leave the current screen: asks the user when there are unsaved changes. */
export function mayLeave(): boolean {
  if (leaveQuestion === null || window.confirm(leaveQuestion)) {
    leaveQuestion = null;
    return true;
  }
  return false;
}
