/** Addresses inside the app (/app/…), keeping the selected school year as ?year=. */
import type { MouseEvent } from 'react';

export const APP_BASE = '/app';

export function appHref(path: string, year: number | undefined): string {
  return `${APP_BASE}${path}${year === undefined ? '' : `?year=${year}`}`;
}

/**
 * The page a path names: /app/counties, /app/counties/370811, /app/schools, /app/schools/:code,
 * /app/standards, /app/standards/370811, /app/collection, /app/collection/2026-autumn,
 * /app/collection/2026-autumn/:code, else the cockpit.
 */
export type Route =
  | { page: 'cockpit' }
  | { page: 'counties' }
  | { page: 'county'; code: string }
  | { page: 'schools' }
  | { page: 'school'; code: string }
  | { page: 'standards' }
  | { page: 'standardsCounty'; code: string }
  | { page: 'collection'; period: string | undefined }
  | { page: 'submission'; period: string; code: string };

export function routeOf(pathname: string): Route {
  const rest = pathname.startsWith(`${APP_BASE}/`) ? pathname.slice(APP_BASE.length) : '/';
  const county = /^\/counties\/([^/]+)\/?$/.exec(rest);
  if (county) return { page: 'county', code: decodeURIComponent(county[1]!) };
  if (/^\/counties\/?$/.test(rest)) return { page: 'counties' };
  const school = /^\/schools\/([^/]+)\/?$/.exec(rest);
  if (school) return { page: 'school', code: decodeURIComponent(school[1]!) };
  if (/^\/schools\/?$/.test(rest)) return { page: 'schools' };
  const standards = /^\/standards\/([^/]+)\/?$/.exec(rest);
  if (standards) return { page: 'standardsCounty', code: decodeURIComponent(standards[1]!) };
  if (/^\/standards\/?$/.test(rest)) return { page: 'standards' };
  const submission = /^\/collection\/([^/]+)\/([^/]+)\/?$/.exec(rest);
  if (submission)
    return {
      page: 'submission',
      period: decodeURIComponent(submission[1]!),
      code: decodeURIComponent(submission[2]!),
    };
  const collection = /^\/collection(?:\/([^/]+))?\/?$/.exec(rest);
  if (collection)
    return { page: 'collection', period: collection[1] ? decodeURIComponent(collection[1]) : undefined };
  return { page: 'cockpit' };
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
