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

const session = (permissions: string[]) => ({ permissions }) as Session;
/** A school clerk reads and enters its own school's forms and sees the directory; no targets. */
const clerk = session(['collection.read', 'collection.enter']);
/** A city user reads the targets, the standards and the collection. */
const city = session([
  'targets.read',
  'plan.read',
  'standards.read',
  'collection.read',
  'collection.approve',
]);

describe('the home page', () => {
  // The areas' rule (areas/*/index.tsx): the first area in order (targets 10 … collection 40)
  // whose home fits — targets: targets.read → cockpit; collection: collection.read → collection.
  it('is the cockpit for whoever reads the targets, a school clerk’s collection page otherwise', () => {
    expect(homePage(city).page).toBe('cockpit');
    expect(homePage(clerk).page).toBe('collection');
    // No area's home fits: the page at '/'.
    expect(homePage(session([])).page).toBe('cockpit');
  });

  it('is what the home address (and any address no page claims) shows', () => {
    expect(pageFor(routeOf('/app/'), clerk)?.page).toBe('collection');
    expect(pageFor(routeOf('/app/no/such/page'), clerk)?.page).toBe('collection');
    expect(pageFor(routeOf('/app/'), city)?.page).toBe('cockpit');
    // Other addresses show the page they name, whoever asks.
    expect(pageFor(routeOf('/app/schools/370811000001'), clerk)?.page).toBe('school');
    expect(pageFor({ page: 'nothing' }, city)).toBeNull();
  });
});

describe('the header’s navigation', () => {
  // targets.read: cockpit and counties; everyone: schools; standards.read: standards;
  // collection.read: collection — in area order.
  it('shows each session the items its permissions allow', () => {
    expect(navItemsFor(city).map((i) => i.id)).toEqual([
      'nav-cockpit',
      'nav-counties',
      'nav-schools',
      'nav-standards',
      'nav-collection',
    ]);
    expect(navItemsFor(clerk).map((i) => i.id)).toEqual(['nav-schools', 'nav-collection']);
    expect(navItemsFor(session(['standards.read'])).map((i) => i.id)).toEqual([
      'nav-schools',
      'nav-standards',
    ]);
    expect(navItemsFor(session([])).map((i) => i.id)).toEqual(['nav-schools']);
  });
});
