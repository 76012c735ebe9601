/**
 * The whole collection cycle on PGlite and PostgreSQL, through the service: a school clerk fills
 * in the 2026 autumn form of 甲县实验小学 (PA00000001, 480 pupils in 2025 in the small invented
 * city), the county returns it, the school corrects and resubmits, the county and the city
 * approve; the approved figures become the 2026 statistics at once. Clock: 2026-09-15 10:00
 * Beijing time, inside the period (2026-09-01 to 2026-10-31).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContextFrom, type AppContext } from '../../src/app/app.context.ts';
import { loadPlan } from '../../src/app/plan/plan.loader.ts';
import type { FieldValue } from '../../src/domain/collection/fields.ts';
import { loadSmallDataset } from '../support/small-dataset.ts';
import { testBackends } from '../support/test-db.ts';
import { collectionCaller } from '../support/collection.ts';

const PERIOD = '2026-autumn';
const SCHOOL = 'PA00000001';
const school = collectionCaller('clerkPA', 'school', { kind: 'institution', institutionCode: SCHOOL });
const county = collectionCaller('county1', 'county', { kind: 'org', orgCode: '999901' });
const otherCounty = collectionCaller('county2', 'county', { kind: 'org', orgCode: '999902' });
const city = collectionCaller('citystaff', 'city', { kind: 'org', orgCode: '999900' });

/** 2026: six grades of 40 boys + 40 girls in two classes of 40; 30 teachers; facilities. */
function fullForm(): Record<string, FieldValue> {
  const v: Record<string, FieldValue> = {};
  for (const g of ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']) {
    v[`ENR.${g}.male`] = 40;
    v[`ENR.${g}.female`] = 40;
    v[`CLASS_SIZES.${g}`] = [40, 40];
  }
  Object.assign(v, {
    'TEACHERS.primary': 30,
    'TEACHERS_QUALIFIED.primary': 25,
    'TEACHERS_BACKBONE.primary': 5,
    'TEACHERS_PE_ARTS.primary': 5,
    'TEACHERS_CERTIFIED.primary': 30,
    'TEACHERS_ESTABLISHED.primary': 28,
    'AREA_TEACHING.primary': 2400,
    'AREA_SPORTS.primary': 3800,
    'EQUIPMENT_VALUE.primary': 1000000,
    'MULTIMEDIA_ROOMS.primary': 12,
  });
  return v;
}

describe.each(testBackends())('data collection cycle on $name', (backend) => {
  let ctx: AppContext;
  beforeAll(async () => {
    const database = await backend.open();
    await loadSmallDataset(database.db);
    ctx = createAppContextFrom(
      database,
      { ...loadPlan(), orgCode: '999900' },
      {
        clock: () => new Date('2026-09-15T10:00:00+08:00'),
      },
    );
  });
  afterAll(async () => {
    await ctx?.close();
  });
  const svc = () => ctx.collection;

  it('opens an empty draft of the primary form with last year’s figures beside it', async () => {
    const v = await svc().entry.open(PERIOD, SCHOOL, school);
    expect(v.form.id).toBe('AUTUMN-PRIMARY');
    expect(v.state).toBe('draft');
    // Nothing is stored until the first save: version 0.
    expect(v.version).toBe(0);
    // 2025: 480 pupils over six grades → 80 per grade, 40 boys and 40 girls, one class of 80.
    expect(v.previous?.['ENR.P1.male']).toBe(40);
    expect(v.previous?.['CLASS_SIZES.P3']).toEqual([80]);
    expect(v.allowedActions).toEqual(['save', 'submit']);
  });

  it('refuses a wrong value naming the field and the rule, and saves nothing', async () => {
    await expect(
      svc().entry.save(PERIOD, SCHOOL, school, { version: 0, values: { 'ENR.P1.male': -3 } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        { field: 'values.ENR.P1.male', message: '在校生数·一年级·男：应在 0—3000 人 之间，实际为 -3' },
      ],
    });
    await expect(
      svc().entry.save(PERIOD, SCHOOL, school, { version: 0, values: { 'ENR.P9.male': 3 } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await svc().entry.open(PERIOD, SCHOOL, school)).version).toBe(0);
  });

  it('saves, refuses a stale save, and submits after full validation', async () => {
    const saved = await svc().entry.save(PERIOD, SCHOOL, school, { version: 0, values: fullForm() });
    expect(saved.version).toBe(1);
    await expect(
      svc().entry.save(PERIOD, SCHOOL, school, { version: 0, values: { 'ENR.P1.male': 41 } }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const submitted = await svc().review.act(PERIOD, SCHOOL, school, 'submit');
    expect(submitted.state).toBe('submitted');
  });

  it('hides the school from another county, as if it did not exist', async () => {
    await expect(svc().entry.open(PERIOD, SCHOOL, otherCounty)).rejects.toMatchObject({
      code: 'INSTITUTION_NOT_FOUND',
    });
  });

  it('lets the county return it only with a comment; the school corrects and resubmits', async () => {
    await expect(svc().review.act(PERIOD, SCHOOL, county, 'return')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    const returned = await svc().review.act(PERIOD, SCHOOL, county, 'return', '一年级男生人数与学籍系统不符');
    expect(returned.state).toBe('returned');
    // A class list that no longer adds up is refused at submission (H01), with the numbers.
    await svc().entry.save(PERIOD, SCHOOL, school, {
      version: returned.version,
      values: { 'ENR.P1.male': 41 },
    });
    await expect(svc().review.act(PERIOD, SCHOOL, school, 'submit')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [
        {
          field: 'values.CLASS_SIZES.P1',
          message:
            '一年级：各班人数合计 80（40+40） ≠ 在校生数 81（男 41 + 女 40）（H01 各班人数合计等于该年级在校生数）',
        },
      ],
    });
    const fixed = await svc().entry.open(PERIOD, SCHOOL, school);
    await svc().entry.save(PERIOD, SCHOOL, school, {
      version: fixed.version,
      values: { 'CLASS_SIZES.P1': [41, 40] },
    });
    expect((await svc().review.act(PERIOD, SCHOOL, school, 'submit')).state).toBe('submitted');
  });

  it('makes the figures live when the city approves, and locks the form', async () => {
    expect((await svc().review.act(PERIOD, SCHOOL, county, 'approve')).state).toBe('countyApproved');
    // Not final yet (final level: city): no 2026 statistics.
    expect((await ctx.cache.get()).years).not.toContain(2026);
    expect((await svc().review.act(PERIOD, SCHOOL, city, 'approve')).state).toBe('cityApproved');
    const view = await ctx.cache.get();
    expect(view.years).toContain(2026);
    // 6 grades × 80 + the one extra boy in P1 = 481.
    expect(view.enrolment.get(2026)?.get(SCHOOL)).toBe(481);
    await expect(
      svc().entry.save(PERIOD, SCHOOL, school, {
        version: (await svc().entry.open(PERIOD, SCHOOL, school)).version,
        values: { 'ENR.P2.male': 39 },
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/锁定/) });
  });

  it('keeps every value change with the old value, and every state change', async () => {
    const h = await svc().entry.history(PERIOD, SCHOOL, city, 'ENR.P1.male');
    expect(h.values.map((c) => [c.oldValue, c.newValue, c.changedBy])).toEqual([
      [null, 40, 'clerkPA'],
      [40, 41, 'clerkPA'],
    ]);
    expect(h.events.map((e) => `${e.fromState}→${e.toState} ${e.actorUsername}`)).toEqual([
      'draft→submitted clerkPA',
      'submitted→returned county1',
      'returned→submitted clerkPA',
      'submitted→countyApproved county1',
      'countyApproved→cityApproved citystaff',
    ]);
    expect(h.events[1]!.comment).toBe('一年级男生人数与学籍系统不符');
    const failure = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        const err = e as Error & { cause?: Error };
        return err.cause?.message ?? err.message;
      }
      return 'no error';
    };
    expect(await failure(ctx.database.db.execute(sql`UPDATE submission_event SET comment = 'x'`))).toMatch(
      /历史记录不可修改或删除/,
    );
  });

  it('reports completeness per county and school, with the days left', async () => {
    const r = await svc().completeness.completeness(PERIOD, county);
    // 甲县 in 2026: three kindergartens, the special school, 甲县实验小学 and two high schools
    // (王庄小学教学点 merged into 甲县实验小学 in 2025) = 7 expected; only PA00000001 submitted,
    // approved by the county and final after the city's approval.
    expect(r.counties).toEqual([
      { code: '999901', name: '县1', expected: 7, started: 1, submitted: 1, approved: 1, final: 1, late: 0 },
    ]);
    expect(r.schools.filter((s) => s.state === 'notStarted').map((s) => s.code)).toEqual([
      'HA00000001',
      'HA00000002',
      'KA00000001',
      'KA00000002',
      'KA00000003',
      'SA00000001',
    ]);
    // 2026-09-15 10:00 → 2026-10-31 23:59:59 (Beijing): 46 days and ~14 hours → 47.
    expect(r.daysLeft).toBe(47);
    // A county cannot look at another county's schools.
    await expect(svc().completeness.completeness(PERIOD, county, '999902')).rejects.toMatchObject({
      code: 'ORG_UNIT_NOT_FOUND',
    });
  });

  it('lets a county approve all its submitted forms at once, reporting each school', async () => {
    // Two kindergartens of 甲县 submit their 2026 form: last year's figures (20 children in each
    // grade, one class each), every other field 0.
    for (const code of ['KA00000002', 'KA00000003']) {
      const clerk = collectionCaller(`clerk-${code}`, 'school', {
        kind: 'institution',
        institutionCode: code,
      });
      const opened = await svc().entry.open(PERIOD, code, clerk);
      const values = Object.fromEntries(Object.entries(opened.previous ?? {}).map(([k, v]) => [k, v ?? 0]));
      await svc().entry.save(PERIOD, code, clerk, { version: 0, values });
      expect((await svc().review.act(PERIOD, code, clerk, 'submit')).state).toBe('submitted');
    }
    // Without a list: every submitted form of the county (PA00000001 is already city-approved).
    const all = await svc().review.bulkAct(PERIOD, county, 'approve');
    expect(all).toMatchObject({ done: 2, refused: 0 });
    expect(all.results.map((r) => [r.code, r.state])).toEqual([
      ['KA00000002', 'countyApproved'],
      ['KA00000003', 'countyApproved'],
    ]);
    // With a list: a school that has not started and a school of another county are refused, each
    // with its reason; nothing else is touched.
    const some = await svc().review.bulkAct(PERIOD, county, 'approve', {
      codes: ['KA00000001', 'KB00000001'],
    });
    expect(some).toMatchObject({ done: 0, refused: 2 });
    expect(some.results[0]!.message).toMatch(/尚未开始填报/);
    expect(some.results[1]!.message).toMatch(/KB00000001 不存在/);
  });

  it('lets the city approve every county-approved form at once, making each final', async () => {
    const before = await svc().completeness.completeness(PERIOD, city);
    expect(before.schools.filter((s) => s.state === 'countyApproved').map((s) => s.code)).toEqual([
      'KA00000002',
      'KA00000003',
    ]);
    const r = await svc().review.bulkAct(PERIOD, city, 'approve');
    expect(r).toMatchObject({ done: 2, refused: 0 });
    expect(r.results.map((x) => x.state)).toEqual(['cityApproved', 'cityApproved']);
    const after = await svc().completeness.completeness(PERIOD, city);
    // PA00000001 and the two kindergartens are final now.
    expect(after.schools.filter((s) => s.final).map((s) => s.code)).toEqual([
      'KA00000002',
      'KA00000003',
      'PA00000001',
    ]);
  });

  it('checks unsaved values live as a submission would, and writes nothing', async () => {
    const clerk = collectionCaller('clerk-KB1', 'school', {
      kind: 'institution',
      institutionCode: 'KB00000001',
    });
    // 2025: 240 children, 80 per grade (40 + 40), one class of 80 each.
    const r = await svc().entry.check(PERIOD, 'KB00000001', clerk, {
      values: { 'ENR.K1.male': 40, 'ENR.K1.female': 40, 'CLASS_SIZES.K1': [40, 39] },
    });
    // 40 + 39 = 79 ≠ 80: the hard rule H01 names 小班; nothing else of 小班's sums is wrong.
    const h01 = r.issues.filter((i) => i.ruleId === 'H01');
    expect(h01).toHaveLength(1);
    expect(h01[0]!.fields).toContain('CLASS_SIZES.K1');
    expect(r.blocking.some((i) => i.ruleId === 'H01')).toBe(true);
    // 16 of the kindergarten form's 19 fields are required (class lists are not); 2 are given.
    expect(r.issues.filter((i) => i.ruleId === 'REQUIRED')).toHaveLength(14);
    // Nothing was stored: the form is still not started.
    expect((await svc().entry.open(PERIOD, 'KB00000001', clerk)).version).toBe(0);
    await expect(
      svc().entry.check(PERIOD, 'KB00000001', clerk, { values: { 'ENR.K9.male': 1 } }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
