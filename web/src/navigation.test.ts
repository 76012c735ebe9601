import { describe, expect, it } from 'vitest';
import type { Session } from './api';
import {
  appHref,
  firstMatch,
  homePage,
  matchPath,
  mostSpecificFirst,
  navItemsFor,
  pageFor,
  routeOf,
} from './navigation';

describe('addresses inside the app', () => {
  it('names the data-collection pages', () => {
    expect(routeOf('/app/collection')).toEqual({ page: 'collection', period: undefined });
    expect(routeOf('/app/collection/2026-autumn')).toEqual({ page: 'collection', period: '2026-autumn' });
    expect(routeOf('/app/collection/2026-autumn/KA00000001/')).toEqual({
      page: 'submission',
      period: '2026-autumn',
      code: 'KA00000001',
    });
    // Deeper paths are not pages: the cockpit.
    expect(routeOf('/app/collection/2026-autumn/KA00000001/x')).toEqual({ page: 'cockpit' });
  });
  it('keeps the other pages and the year', () => {
    expect(routeOf('/app/standards/370811')).toEqual({ page: 'standardsCounty', code: '370811' });
    expect(routeOf('/app/')).toEqual({ page: 'cockpit' });
    expect(appHref('/collection', 2025)).toBe('/app/collection?year=2025');
  });

  it('lets the more specific of two overlapping patterns name a path, whatever their order', () => {
    const item = { page: 'item', path: '/x/:id' };
    const create = { page: 'create', path: '/x/new' };
    // Both patterns match /x/new: the order decides.
    expect(matchPath(item.path, '/x/new')).toEqual({ id: 'new' });
    expect(matchPath(create.path, '/x/new')).toEqual({});
    expect(firstMatch([item, create], '/x/new')).toEqual({ page: 'item', id: 'new' });
    // Sorted, the fixed /x/new comes first, /x/7 is still the item, and more parts beat fewer.
    const list = { page: 'list', path: '/x' };
    for (const pages of [
      [list, item, create],
      [create, list, item],
    ]) {
      const sorted = mostSpecificFirst(pages);
      expect(sorted.map((p) => p.page)).toEqual(['create', 'item', 'list']);
      expect(firstMatch(sorted, '/x/new')).toEqual({ page: 'create' });
      expect(firstMatch(sorted, '/x/7')).toEqual({ page: 'item', id: '7' });
      expect(firstMatch(sorted, '/x')).toEqual({ page: 'list' });
    }
  });
});

/** A session with these permissions; an org-scoped account unless `institution` names a school. */
const session = (permissions: string[], institution?: string) =>
  ({
    permissions,
    account: {
      scope: institution
        ? { kind: 'institution', institutionCode: institution }
        : { kind: 'org', orgCode: '370800' },
    },
  }) as unknown as Session;
/** A school clerk reads and enters its own school's forms and sees the directory; no targets. */
const clerk = session(['institutions.read', 'collection.read', 'collection.enter'], 'KA00000001');
/** A city user reads the targets, the standards and the collection. */
const city = session([
  'institutions.read',
  'targets.read',
  'plan.read',
  'standards.read',
  'collection.read',
  'collection.approve',
]);
/** The security auditor reads the audit log only. */
const auditor = session(['audit.read']);
/** The city administrator: figures read-only, accounts managed. */
const admin = session(['institutions.read', 'targets.read', 'users.read', 'users.manage']);

describe('the home page', () => {
  // The areas' rule (areas/*/index.tsx): the first area in order whose home fits — targets (10):
  // targets.read → cockpit; standing (35): a school account → its standing page; collection (40):
  // collection.read → collection; access (50): audit.read or users.manage → its home page.
  it('is the cockpit for whoever reads the targets, a school its own standing, the auditor the audit log', () => {
    expect(homePage(city).page).toBe('cockpit');
    expect(homePage(admin).page).toBe('cockpit');
    expect(homePage(clerk).page).toBe('standing');
    expect(homePage(session(['collection.read'])).page).toBe('collection');
    expect(homePage(auditor).page).toBe('access-home');
    // No area's home fits: the page at '/'.
    expect(homePage(session([])).page).toBe('cockpit');
  });

  it('is what the home address (and any address no page claims) shows', () => {
    expect(pageFor(routeOf('/app/'), clerk)?.page).toBe('standing');
    expect(pageFor(routeOf('/app/no/such/page'), clerk)?.page).toBe('standing');
    expect(pageFor(routeOf('/app/'), city)?.page).toBe('cockpit');
    expect(pageFor(routeOf('/app/'), auditor)?.page).toBe('access-home');
    // Other addresses show the page they name, whoever asks.
    expect(pageFor(routeOf('/app/schools/370811000001'), clerk)?.page).toBe('school');
    expect(pageFor({ page: 'nothing' }, city)).toBeNull();
  });

  it('lands a county officer on the county start page, with the cockpit at an address of its own', () => {
    const county = {
      permissions: ['targets.read', 'stocktake.read', 'reporting.read'],
      account: { role: 'countyAdmin', scope: { kind: 'org', orgCode: '370811' } },
    } as unknown as Session;
    expect(pageFor(routeOf('/app/'), county)?.page).toBe('my-county');
    // The header's 驾驶舱 leads to /app/cockpit, which shows the cockpit whoever's home '/' is.
    const item = navItemsFor(county).find((i) => i.id === 'nav-cockpit')!;
    expect(item.path).toBe('/cockpit');
    expect(pageFor(routeOf('/app/cockpit'), county)?.page).toBe('cockpitAt');
    expect(item.pages).toContain('cockpitAt');
    expect(pageFor(routeOf('/app/cockpit'), city)?.page).toBe('cockpitAt');
  });
});

describe('the header’s navigation', () => {
  // targets.read: cockpit and counties; institutions.read: schools; a school account: its
  // standing; standards.read: standards; collection.read: collection; users.manage: accounts;
  // audit.read: audit — in area order.
  it('shows each session the items its permissions allow', () => {
    expect(navItemsFor(city).map((i) => i.id)).toEqual([
      'nav-cockpit',
      'nav-counties',
      'nav-schools',
      'nav-standards',
      'nav-collection',
    ]);
    expect(navItemsFor(clerk).map((i) => i.id)).toEqual(['nav-schools', 'nav-standing', 'nav-collection']);
    expect(navItemsFor(session(['standards.read'])).map((i) => i.id)).toEqual(['nav-standards']);
    expect(navItemsFor(auditor).map((i) => i.id)).toEqual(['nav-audit']);
    expect(navItemsFor(admin).map((i) => i.id)).toEqual([
      'nav-cockpit',
      'nav-counties',
      'nav-schools',
      'nav-accounts',
    ]);
    expect(navItemsFor(session([])).map((i) => i.id)).toEqual([]);
  });
});

describe('addresses with a query', () => {
  it('adds the year with & when the path already has a query', () => {
    expect(appHref('/why/T1?org=370811', 2025)).toBe('/app/why/T1?org=370811&year=2025');
    expect(appHref('/why/T1', 2025)).toBe('/app/why/T1?year=2025');
  });
});
