/**
 * Province-scale benchmark, run by bench/run.ts in its own process so that its peak memory
 * (getrusage maxRSS) is measured alone. Prints one JSON line.
 */
import { loadPlan } from '../src/app/plan/plan.loader.ts';
import { loadRulePacks } from '../src/app/standards/rule-pack.loader.ts';
import { evaluateCity } from '../src/domain/standards/evaluate.ts';
import { planGapToPass } from '../src/domain/standards/gap.ts';
import { kindergartenInput, splitSections } from '../src/domain/standards/sections.ts';
import type { CountyEvaluationInput } from '../src/domain/standards/standards.types.ts';
import { generateDemoDataset } from '../src/demo/demo.generator.ts';
import type { DemoCountyInput } from '../src/demo/demo.types.ts';
import { isOperating, operatingSpan, resolveAttributes } from '../src/domain/registry/registry.history.ts';
import type { AttributeRecord, LifecycleEvent, OrgUnit } from '../src/domain/registry/registry.types.ts';
import { OrgIndex } from '../src/domain/indicators/org.index.ts';
import { totalEnrolment } from '../src/domain/shared/enrolment.ts';
import { ownershipOf, type InstitutionYear } from '../src/domain/indicators/snapshot.types.ts';
import { computeScorecard } from '../src/domain/targets/target.engine.ts';
import type { Plan } from '../src/domain/plan/plan.types.ts';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}
const plan = loadPlan();
const CITY_COUNT = 16;
const COUNTIES_PER_CITY = 12;
// Shandong's resident population ≈ 10,123 万 (2023); spread over 16 synthetic cities.
const provinceCities: Array<{ code: string; counties: DemoCountyInput[]; units: OrgUnit[] }> = [];
for (let c = 0; c < CITY_COUNT; c++) {
  const cityCode = `37${String(c + 1).padStart(2, '0')}00`;
  const pop = (10_123 / CITY_COUNT) * (0.6 + (0.8 * c) / (CITY_COUNT - 1));
  const counties: DemoCountyInput[] = [];
  const units: OrgUnit[] = [
    {
      code: cityCode,
      name: `演示市${c + 1}`,
      level: 'city',
      parentCode: null,
      codeSource: 'local',
      legalParentCode: null,
      countyKind: null,
    },
  ];
  for (let k = 0; k < COUNTIES_PER_CITY; k++) {
    const code = `${cityCode.slice(0, 4)}${String(k + 11).padStart(2, '0')}`;
    const townships = Array.from({ length: 13 }, (_, t) => ({
      code: `${code}${String(t + 100).padStart(3, '0')}`,
      name: `演示${k + 1}县第${t + 1}镇`,
    }));
    counties.push({
      code,
      name: `演示${c + 1}市${k + 1}县`,
      population10k: pop / COUNTIES_PER_CITY,
      townships,
      boundary: null,
    });
    units.push({
      code,
      name: `演示${c + 1}市${k + 1}县`,
      level: 'county',
      parentCode: cityCode,
      codeSource: 'local',
      legalParentCode: null,
      countyKind: 'county',
    });
    for (const t of townships) {
      units.push({
        code: t.code,
        name: t.name,
        level: 'township',
        parentCode: code,
        codeSource: 'local',
        legalParentCode: null,
        countyKind: null,
      });
    }
  }
  provinceCities.push({ code: cityCode, counties, units });
}

const rssBefore = process.resourceUsage().maxRSS * 1024;
const [provinceData, provinceGenMs] = time(() =>
  provinceCities.map((city, i) =>
    generateDemoDataset({
      seed: 1000 + i,
      fromYear: 2019,
      toYear: 2025,
      cityCode: city.code,
      counties: city.counties,
      codePrefix: `3${String(i + 10).padStart(2, '0')}`,
    }),
  ),
);
const institutionsTotal = provinceData.reduce((n, d) => n + d.institutions.length, 0);

/** What DatasetCache does after reading the tables: operating institutions per year with attributes. */
function buildSnapshots(d: (typeof provinceData)[number]): Map<number, InstitutionYear[]> {
  const attrs = new Map<string, AttributeRecord[]>();
  for (const a of d.attributes)
    (attrs.get(a.institutionCode) ?? attrs.set(a.institutionCode, []).get(a.institutionCode)!).push(a);
  const events = new Map<string, LifecycleEvent[]>();
  for (const e of d.events)
    (events.get(e.institutionCode) ?? events.set(e.institutionCode, []).get(e.institutionCode)!).push(e);
  const enrol = new Map<string, number>();
  for (const s of d.statistics) enrol.set(`${s.institutionCode}:${s.schoolYear}`, totalEnrolment(s));
  const snaps = new Map<number, InstitutionYear[]>();
  for (let y = d.fromYear; y <= d.toYear; y++) {
    const list: InstitutionYear[] = [];
    for (const inst of d.institutions) {
      if (!isOperating(operatingSpan(events.get(inst.code) ?? []), y)) continue;
      list.push({
        institution: inst,
        enrolment: enrol.get(`${inst.code}:${y}`) ?? null,
        attributes: resolveAttributes(attrs.get(inst.code) ?? [], y),
      });
    }
    snaps.set(y, list);
  }
  return snaps;
}

const [citySnapshots, snapshotMs] = time(() => provinceData.map(buildSnapshots));
const provinceIndexes = provinceCities.map((c) => new OrgIndex(c.units));
function provinceScorecard(p: Plan): number {
  let n = 0;
  const provinceTotals = new Map<string, { num: number; den: number }>();
  for (let i = 0; i < CITY_COUNT; i++) {
    const figs = computeScorecard(p, provinceIndexes[i]!, citySnapshots[i]!);
    n += figs.length;
    for (const f of figs) {
      if (f.orgCode !== provinceCities[i]!.code) continue;
      const key = `${f.targetId}:${f.year}`;
      const t = provinceTotals.get(key) ?? { num: 0, den: 0 };
      t.num += f.numerator;
      t.den += f.denominator;
      provinceTotals.set(key, t);
    }
  }
  return n + provinceTotals.size;
}
const provinceTimes: number[] = [];
let provinceFigures = 0;
for (let i = 0; i < 7; i++) {
  const [n, t] = time(() => provinceScorecard(plan));
  provinceFigures = n;
  provinceTimes.push(t);
}
// County standards for every county of the province, 2025: sections from the statistics, no
// county figures or judgements (those rules stay 待补充), then one gap plan per county for a sample.
const STD_YEAR = 2025;
const packs = loadRulePacks();
const [countyInputs, stdInputMs] = time(() =>
  provinceData.flatMap((d, i) => {
    const byCounty = new Map<string, CountyEvaluationInput>(
      provinceCities[i]!.counties.map((c) => [
        c.code,
        {
          countyCode: c.code,
          countyName: c.name,
          year: STD_YEAR,
          schools: [],
          kindergartens: [],
          inputs: {
            population3to5: null,
            rotationEligibleTeachers: null,
            rotatedTeachers: null,
            rotatedBackboneTeachers: null,
            specialEducationFundingPerStudent: null,
          },
          judgements: [],
        },
      ]),
    );
    const operating = new Map(citySnapshots[i]!.get(STD_YEAR)!.map((iy) => [iy.institution.code, iy]));
    for (const st of d.statistics) {
      if (st.schoolYear !== STD_YEAR) continue;
      const iy = operating.get(st.institutionCode);
      const target = iy && byCounty.get(iy.institution.countyCode);
      if (!iy || !target) continue;
      const ref = {
        code: iy.institution.code,
        name: iy.institution.name,
        runningType: iy.institution.runningType,
      };
      target.schools.push(...splitSections(ref, st));
      const kg = kindergartenInput(ref, ownershipOf(iy), st);
      if (kg) target.kindergartens.push(kg);
    }
    return [...byCounty.values()];
  }),
);
const stdTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const [, t] = time(() => {
    for (let c = 0; c < CITY_COUNT; c++)
      evaluateCity(packs, countyInputs.slice(c * COUNTIES_PER_CITY, (c + 1) * COUNTIES_PER_CITY));
  });
  stdTimes.push(t);
}
const gapSample = countyInputs.filter((_, i) => i % 16 === 0);
const [, gapSampleMs] = time(() => gapSample.forEach((input) => planGapToPass(packs, input)));
const stdSections = countyInputs.reduce((n, c) => n + c.schools.length + c.kindergartens.length, 0);

console.log(
  JSON.stringify({
    cities: CITY_COUNT,
    countiesPerCity: COUNTIES_PER_CITY,
    institutions: institutionsTotal,
    generateMs: provinceGenMs,
    snapshotMs,
    scorecardMs: median(provinceTimes),
    figures: provinceFigures,
    standards: {
      counties: countyInputs.length,
      sections: stdSections,
      inputMs: stdInputMs,
      evaluateMs: median(stdTimes),
      gapCounties: gapSample.length,
      gapMs: gapSampleMs,
    },
    rssBeforeBytes: rssBefore,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
