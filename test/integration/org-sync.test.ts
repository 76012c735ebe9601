/**
 * The org tree follows the configuration on every start: a township handed to a functional zone
 * takes its institutions along, in one transaction, and their history stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetView } from '../../src/app/shared/dataset.cache.ts';
import { syncOrgUnits } from '../../src/app/registry/org-sync.service.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import {
  getRevision,
  listAttributeRecords,
  listInstitutions,
  listOrgUnits,
} from '../../src/db/registry/registry.repository.ts';
import type { OrgUnit } from '../../src/domain/registry/registry.types.ts';
import { buildOrgUnit, buildSmallOrgTreeWithZone } from '../factories.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('org tree sync on $name', (backend) => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await backend.open();
    await loadSmallDataset(h.db);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('changes nothing when the configuration matches', async () => {
    const before = await getRevision(h.db);
    expect(await syncOrgUnits(h.db, buildSmallOrgTreeWithZone())).toEqual({
      added: 0,
      updated: 0,
      institutionsMoved: 0,
    });
    expect(await getRevision(h.db)).toBe(before);
  });

  it('moves a township to a new zone together with its institutions', async () => {
    // A new zone 999905 takes over township 999901002 (县1), home of KA2, KA3 and the merged
    // teaching point PA2 and of the high school HA2: four institutions move.
    const config: OrgUnit[] = buildSmallOrgTreeWithZone().map((u) =>
      u.code === '999901002' ? { ...u, parentCode: '999905', legalParentCode: '999901' } : u,
    );
    config.push(
      buildOrgUnit({
        code: '999905',
        level: 'county',
        parentCode: '999900',
        name: '新区',
        codeSource: 'local',
        countyKind: 'zone',
      }),
    );
    const before = await getRevision(h.db);
    const historyBefore = await listAttributeRecords(h.db);
    expect(await syncOrgUnits(h.db, config)).toEqual({ added: 1, updated: 1, institutionsMoved: 4 });
    expect(await getRevision(h.db)).toBe(before + 1);
    const moved = (await listInstitutions(h.db)).filter((i) => i.countyCode === '999905').map((i) => i.code);
    expect(moved.sort()).toEqual(['HA00000002', 'KA00000002', 'KA00000003', 'PA00000002']);
    expect((await listOrgUnits(h.db)).find((u) => u.code === '999901002')).toMatchObject({
      parentCode: '999905',
      legalParentCode: '999901',
    });
    expect(await listAttributeRecords(h.db)).toEqual(historyBefore);
    // The engine sees the new zone: 2025 T1 population of 县1 is now KA1 alone.
    const view = await loadDatasetView(h.db);
    const county1 = view.snapshots
      .get(2025)!
      .filter((s) => s.institution.countyCode === '999901' && s.institution.runningType === '111');
    expect(county1.map((s) => s.institution.code)).toEqual(['KA00000001']);
  });
});
