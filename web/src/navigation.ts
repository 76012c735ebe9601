/** Addresses inside the app (/app/…), keeping the selected school year as ?year=; which page they show. */
import type { MouseEvent } from 'react';
import type { Session } from './api';
import type { AreaNavItem, AreaPage } from './areas/area';
import { AREAS, NAV_ITEMS, PAGES } from './areas';

export const APP_BASE = '/app';

export function appHref(path: string, year: number | undefined): string {
  return `${APP_BASE}${path}${year === undefined ? '' : `${path.includes('?') ? '&' : '?'}year=${year}`}`;
}

/** The page an address names, with the parts of the path its pattern names. */
export type Route = { page: string } & Readonly<Record<string, string | undefined>>;

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
 * The pages the most specific first (more parts before fewer; then more fixed parts, so /x/new
 * before /x/:id), so that where two patterns match one path the more specific one names it.
 */
export function mostSpecificFirst<P extends Pick<AreaPage, 'path'>>(pages: readonly P[]): P[] {
  return [...pages].sort((a, b) => specificity(b.path) - specificity(a.path));
}

function specificity(path: string): number {
  const parts = path.split('/').filter((x) => x !== '');
  return parts.length * 10 + parts.filter((x) => !x.startsWith(':')).length;
}

/** The first of `pages` whose pattern matches `path` (/counties/370811), with its parameters; else null. */
export function firstMatch(pages: readonly Pick<AreaPage, 'page' | 'path'>[], path: string): Route | null {
  for (const p of pages) {
    const params = matchPath(p.path, path);
    if (params) return { ...params, page: p.page };
  }
  return null;
}

/** The page at /app/ (the cockpit), which also answers every address no page claims. */
function rootPage(): AreaPage {
  const root = PAGES.find((p) => p.path === '/');
  if (!root) throw new Error('No area has a page at / (the home address)');
  return root;
}
const ROOT_PAGE = rootPage();

/** The pages with an address of their own, the most specific first. */
const ROUTED_PAGES = mostSpecificFirst(PAGES.filter((p) => p !== ROOT_PAGE));

/**
 * The page a path names, among the areas' pages (areas/<area>/index.tsx): /app/counties/370811 →
 * { page: 'county', code: '370811' }; anything no page claims is the page at '/'.
 */
export function routeOf(pathname: string): Route {
  const rest = pathname.startsWith(`${APP_BASE}/`) ? pathname.slice(APP_BASE.length) : '/';
  return firstMatch(ROUTED_PAGES, rest) ?? { page: ROOT_PAGE.page };
}

/**
 * Areas whose home page is tried before the area order: a county officer's start page (本县工作台,
 * stocktake) comes before the cockpit, which every reader of the targets fits.
 */
const HOME_FIRST: readonly string[] = ['stocktake'];
const HOME_ORDER = [
  ...AREAS.filter((a) => HOME_FIRST.includes(a.name)),
  ...AREAS.filter((a) => !HOME_FIRST.includes(a.name)),
];

/**
 * The home page of a session, shown at /app/: the page of the first area (in area order) whose
 * `home` fits the session (the cockpit for whoever reads the targets; a school clerk's form), else
 * the page at '/'.
 */
export function homePage(session: Session): AreaPage {
  const name = HOME_ORDER.find((a) => a.home?.fits(session))?.home?.page;
  return PAGES.find((p) => p.page === name) ?? ROOT_PAGE;
}

/** The page to show for a route: at the home address the session's home page, else the page it names. */
export function pageFor(route: Route, session: Session): AreaPage | null {
  if (route.page === ROOT_PAGE.page) return homePage(session);
  return PAGES.find((p) => p.page === route.page) ?? null;
}

/** The header's navigation items the session may see, in area order. */
export function navItemsFor(session: Session): AreaNavItem[] {
  return NAV_ITEMS.filter((item) => item.visible(session));
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
