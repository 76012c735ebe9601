/** Storage on PGlite and (when TEST_DATABASE_URL is set) PostgreSQL: the same tests on both. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/database.ts';
import {
  getRevision,
  insertInstitutions,
  listAttributeRecords,
  listEnrolment,
  listInstitutions,
  listLifecycleEvents,
  listOrgUnits,
  listStatisticsOf,
} from '../../src/db/registry/registry.repository.ts';
import { loadDatasetView } from '../../src/app/shared/dataset.cache.ts';
import { buildInstitution } from '../factories.ts';
import { loadSmallDataset, SMALL_INSTITUTIONS } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('registry storage on $name', (backend) => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await backend.open();
    await loadSmallDataset(h.db);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores and reads back org units, institutions, history and statistics', async () => {
    expect((await listOrgUnits(h.db)).map((u) => u.code)).toContain('999901002');
    const insts = await listInstitutions(h.db);
    expect(insts).toHaveLength(SMALL_INSTITUTIONS.length);
    expect(insts.find((i) => i.code === 'KA00000002')).toMatchObject({
      ownership: 'private',
      countyCode: '999901',
    });
    expect(await listAttributeRecords(h.db, 'KB00000002')).toHaveLength(3);
    expect(await listLifecycleEvents(h.db, 'PA00000002')).toEqual([
      {
        institutionCode: 'PA00000002',
        kind: 'mergedInto',
        schoolYear: 2025,
        targetInstitutionCode: 'PA00000001',
      },
    ]);
    const stats = await listStatisticsOf(h.db, 'KA00000001');
    expect(stats.map((s) => s.schoolYear)).toEqual([2023, 2025]);
    // 200 children split over K1–K3: 68 + 66 + 66.
    expect(stats[0]!.grades.map((g) => g.male + g.female)).toEqual([68, 66, 66]);
  });

  it('denormalises enrolment as the sum over grades', async () => {
    const rows = await listEnrolment(h.db);
    const ka1 = rows.find((r) => r.institutionCode === 'KA00000001' && r.schoolYear === 2025);
    expect(ka1?.enrolment).toBe(180);
  });

  it('refuses to update or delete attribute history and lifecycle events', async () => {
    const failure = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        const err = e as Error & { cause?: Error };
        return err.cause?.message ?? err.message;
      }
      return 'no error';
    };
    expect(await failure(h.db.execute(sql`UPDATE institution_attribute SET value = '"class1"'`))).toMatch(
      /历史记录不可修改或删除/,
    );
    expect(await failure(h.db.execute(sql`DELETE FROM institution_event`))).toMatch(/历史记录不可修改或删除/);
    expect(await listAttributeRecords(h.db, 'KB00000002')).toHaveLength(3);
  });

  it('rolls a failed bulk load back completely', async () => {
    const good = buildInstitution({ code: 'ZZ00000001', countyCode: '999901', townshipCode: '999901001' });
    // Nine characters: violates the 10-character code rule on the second row.
    const bad = buildInstitution({ code: 'ZZ0000002', countyCode: '999901', townshipCode: '999901001' });
    const before = await getRevision(h.db);
    await expect(
      h.db.transaction(async (tx) => {
        await insertInstitutions(tx as never, [good, bad]);
      }),
    ).rejects.toThrow();
    const codes = (await listInstitutions(h.db)).map((i) => i.code);
    expect(codes).not.toContain('ZZ00000001');
    expect(await getRevision(h.db)).toBe(before);
  });

  it('builds the engine view: operating institutions per year with attributes in force', async () => {
    const view = await loadDatasetView(h.db);
    expect(view.years).toEqual([2023, 2025]);
    const codes2025 = view.snapshots.get(2025)!.map((s) => s.institution.code);
    expect(codes2025).not.toContain('PA00000002'); // merged into PA00000001 from 2025
    expect(codes2025).toContain('KC00000002'); // opened 2025
    expect(view.snapshots.get(2023)!.map((s) => s.institution.code)).not.toContain('KC00000002');
    const kb2 = view.snapshots.get(2025)!.find((s) => s.institution.code === 'KB00000002')!;
    expect(kb2.attributes.kgClass).toBe('provincialDemo'); // the correction wins
  });
});
