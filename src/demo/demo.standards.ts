/**
 * Demo records of the county standards (演示数据): the county figures the statistics do not hold
 * (population aged 3–5, teacher rotation, special-education funding) and evaluators' verdicts on
 * the judgement items, for every assessed county and year. Deterministic from the seed; leading
 * counties (demo progress near 1) do better, and every county improves over the years.
 */
import { standardsDriveYear } from './demo.statistics.ts';
import { Rng } from './rng.ts';

export interface DemoStandardsCounty {
  code: string;
  /** 0 lagging … 1 leading (JINING_DEMO_PROGRESS). */
  progress: number;
}

export interface DemoStandardsYearFacts {
  /** Children in kindergartens and preschool classes of the county. */
  preschoolChildren: number;
  /** 专任教师 of the compulsory sections of the county. */
  compulsoryTeachers: number;
}

export interface DemoJudgementItem {
  id: string;
  veto: boolean;
  /** Items decided by a score (社会认可度): the minimum as a fraction. */
  minScore: number | null;
}

export interface DemoCountyInputRecord {
  countyCode: string;
  schoolYear: number;
  item:
    | 'population3to5'
    | 'rotationEligibleTeachers'
    | 'rotatedTeachers'
    | 'rotatedBackboneTeachers'
    | 'specialEducationFundingPerStudent';
  value: number;
  evidence: string;
  recordedBy: string;
}

export interface DemoJudgementRecord {
  countyCode: string;
  schoolYear: number;
  itemId: string;
  met: boolean;
  score: number | null;
  evidence: string;
  evaluator: string;
}

export const DEMO_STANDARDS_RECORDER = '演示数据';
const EVIDENCE = '演示数据：合成的县级统计，仅供演示';
const JUDGEMENT_EVIDENCE = '演示数据：合成的评估认定，仅供演示';

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function generateDemoStandards(options: {
  seed: number;
  counties: readonly DemoStandardsCounty[];
  years: readonly number[];
  facts: (countyCode: string, year: number) => DemoStandardsYearFacts | null;
  judgementItems: readonly DemoJudgementItem[];
}): { inputs: DemoCountyInputRecord[]; judgements: DemoJudgementRecord[] } {
  const root = new Rng(options.seed).fork('county-standards');
  const inputs: DemoCountyInputRecord[] = [];
  const judgements: DemoJudgementRecord[] = [];
  const first = Math.min(...options.years);
  for (const county of options.counties) {
    const r = root.fork(county.code);
    const p = county.progress;
    for (const year of options.years) {
      const facts = options.facts(county.code, year);
      if (!facts) continue;
      const t = year - first;
      const add = (item: DemoCountyInputRecord['item'], value: number) =>
        inputs.push({
          countyCode: county.code,
          schoolYear: year,
          item,
          value,
          evidence: EVIDENCE,
          recordedBy: DEMO_STANDARDS_RECORDER,
        });
      // 学前三年毛入园率 from about 84% (lagging, 2019) to about 99% (leading, 2025).
      const gross = clamp(0.84 + 0.1 * p + 0.012 * t + r.normal(0, 0.01), 0.75, 0.995);
      add('population3to5', Math.round(facts.preschoolChildren / gross));
      const eligible = Math.round(facts.compulsoryTeachers * (0.3 + r.normal(0, 0.02)));
      const rotatedShare = clamp(0.06 + 0.06 * p + 0.006 * t + r.normal(0, 0.008), 0.02, 0.25);
      const rotated = Math.round(eligible * rotatedShare);
      const backboneShare = clamp(0.14 + 0.12 * p + 0.01 * t + r.normal(0, 0.02), 0.05, 0.5);
      add('rotationEligibleTeachers', eligible);
      add('rotatedTeachers', rotated);
      add('rotatedBackboneTeachers', Math.round(rotated * backboneShare));
      add(
        'specialEducationFundingPerStudent',
        Math.round((5200 + 2600 * p + 180 * t + r.normal(0, 150)) / 100) * 100,
      );
      for (const item of options.judgementItems) {
        const record = (met: boolean, score: number | null) =>
          judgements.push({
            countyCode: county.code,
            schoolYear: year,
            itemId: item.id,
            met,
            score,
            evidence: JUDGEMENT_EVIDENCE,
            evaluator: DEMO_STANDARDS_RECORDER,
          });
        if (item.minScore !== null) {
          const score =
            Math.round(clamp(0.8 + 0.12 * p + 0.012 * t + r.normal(0, 0.015), 0.6, 0.99) * 1000) / 1000;
          record(score >= item.minScore, score);
        } else if (item.veto) {
          // A violation (考试招生, 择校, 重点班) is rare, and none once the county's drive is done.
          record(year >= standardsDriveYear(p) || r.chance(0.97), null);
        } else {
          record(r.chance(clamp(0.8 + 0.2 * p + 0.03 * t, 0, 1)), null);
        }
      }
    }
  }
  return { inputs, judgements };
}
