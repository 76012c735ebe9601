import { describe, expect, it } from 'vitest';
import { appHref, routeOf } from './navigation';

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
});
