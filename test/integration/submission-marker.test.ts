/**
 * The submissions' marker (read with every request's snapshot) moves with every write of a
 * submission and with nothing else, and a write that is rolled back leaves it where it was — on
 * PGlite and (when TEST_DATABASE_URL is set) PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertSubmission,
  insertSubmissions,
  submissionsMarker,
  updateSubmission,
  updateSubmissionValues,
} from '../../src/db/collection/collection.repository.ts';
import type { DatabaseHandle, Db } from '../../src/db/database.ts';
import { readMarkers } from '../../src/db/markers.ts';
import { bumpRevision } from '../../src/db/registry/registry.repository.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';

const draft = (institutionCode: string) => ({
  periodId: '2026-autumn',
  formId: 'AUTUMN-KG',
  formVersion: 1,
  institutionCode,
  values: {},
  explanations: {},
});

describe.each(testBackends())('the submissions marker on $name', (backend) => {
  let h: DatabaseHandle;
  const marker = async () =>
    (await readMarkers(h.db, new Map([['submissions', submissionsMarker]]))).submissions;

  beforeAll(async () => {
    h = await backend.open();
    await loadSmallDataset(h.db);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('moves with each insert and update of submissions, and not with other data', async () => {
    const start = await marker();
    const created = await insertSubmission(h.db, draft('KA00000001'));
    const afterInsert = await marker();
    expect(afterInsert).not.toBe(start);

    expect(await updateSubmission(h.db, created!.id, 1, { values: { a: 1 } })).toBe(true);
    const afterUpdate = await marker();
    expect(afterUpdate).not.toBe(afterInsert);

    await insertSubmissions(h.db, [draft('KA00000002')]);
    const afterBulkInsert = await marker();
    expect(afterBulkInsert).not.toBe(afterUpdate);

    expect(
      await updateSubmissionValues(h.db, [{ id: created!.id, expectedVersion: 2, values: { a: 2 } }]),
    ).toBe(1);
    const afterBulkUpdate = await marker();
    expect(afterBulkUpdate).not.toBe(afterBulkInsert);

    // The registry's revision is another marker: moving it leaves the submissions' alone.
    await bumpRevision(h.db);
    expect(await marker()).toBe(afterBulkUpdate);
  });

  it('stays where it was when the write is rolled back', async () => {
    const before = await marker();
    await expect(
      h.db.transaction(async (tx) => {
        await insertSubmission(tx as unknown as Db, draft('KA00000003'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await marker()).toBe(before);
  });
});
