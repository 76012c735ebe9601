import { standardsDriveYear } from './demo.statistics.ts';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_GEOJSON_FILE, loadRegistryConfig } from '../app/registry/registry-config.loader.ts';
import type { AttributeRecord, Institution, RunningType } from '../domain/registry/registry.types.ts';
import { GRADE_STAGE, type Stage } from '../domain/statistics/statistics.types.ts';
import { type CountyBoundaryCollection, countyInputsFromRegistry } from './demo-inputs.ts';
import { type DemoCountyInput, type DemoDataset, generateDemoDataset } from './demo.generator.ts';

// Calibration figures (data/jining-calibration.md §3c, 2023 ESTIMATES, ±25 %) and the 2025 counts
// the brief asks for.
const ENROLMENT_2023: Record<Stage, number> = {
  preschool: 250_000,
  primary: 661_000,
  junior: 326_000,
  senior: 162_000,
  special: 4_400,
};
const PUPILS_PER_TEACHER: Record<Stage, number> = {
  preschool: 12.0,
  primary: 17.0,
  junior: 12.7,
  senior: 11.9,
  special: 4,
};
const COUNT_2025 = {
  kindergarten: 1800,
  primaryAndPoints: 700,
  teachingPoints: 150,
  junior: 270,
  senior: 64,
  special: 13,
};

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const SPECIAL: RunningType[] = ['511', '512', '513', '514'];
const SENIOR: RunningType[] = ['341', '342', '345'];
const COMPULSORY: RunningType[] = ['211', '218', '311', '312'];

/** Independent ray-casting check (not the generator's own helper). */
function inside(lon: number, lat: number, mp: number[][][][]): boolean {
  return mp.some((poly) => {
    let c = false;
    for (const ring of poly)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) c = !c;
      }
    return c;
  });
}

let counties: DemoCountyInput[];
let ds: DemoDataset;
let inst: Map<string, Institution>;
const GEO = JSON.parse(readFileSync(COUNTY_GEOJSON_FILE, 'utf8')) as CountyBoundaryCollection;
const cfg = loadRegistryConfig();

function operatingIn(year: number): Institution[] {
  return ds.statistics.filter((s) => s.schoolYear === year).map((s) => inst.get(s.institutionCode)!);
}
function countTypes(year: number, types: RunningType[]): number {
  return operatingIn(year).filter((i) => types.includes(i.runningType)).length;
}
function enrolment(year: number, filter: (i: Institution) => boolean = () => true): Record<Stage, number> {
  const out: Record<Stage, number> = { preschool: 0, primary: 0, junior: 0, senior: 0, special: 0 };
  for (const s of ds.statistics) {
    if (s.schoolYear !== year || !filter(inst.get(s.institutionCode)!)) continue;
    for (const g of s.grades) out[GRADE_STAGE[g.grade]] += g.male + g.female;
  }
  return out;
}
let attrIndex: Map<string, AttributeRecord[]>;
/** Latest-recorded value of an attribute in effect in `year`. */
function valueAt(code: string, name: string, year: number): unknown {
  let best: AttributeRecord | undefined;
  for (const r of attrIndex.get(`${code}|${name}`) ?? []) {
    if (r.effectiveFromYear > year) continue;
    if (
      !best ||
      r.effectiveFromYear > best.effectiveFromYear ||
      (r.effectiveFromYear === best.effectiveFromYear && r.recordedAt > best.recordedAt)
    )
      best = r;
  }
  return best?.value;
}

beforeAll(() => {
  counties = countyInputsFromRegistry(cfg.orgUnits, cfg.population10k, GEO, cfg.zones);
  ds = generateDemoDataset({
    seed: 20250901,
    fromYear: 2019,
    toYear: 2025,
    cityCode: '3708',
    cityName: '济宁市',
    counties,
  });
  inst = new Map(ds.institutions.map((i) => [i.code, i]));
  attrIndex = new Map();
  for (const a of ds.attributes) {
    const k = `${a.institutionCode}|${a.name}`;
    const list = attrIndex.get(k);
    if (list) list.push(a);
    else attrIndex.set(k, [a]);
  }
});

describe('countyInputsFromRegistry', () => {
  it('gives every county-level unit its townships, population and a boundary (zones use a legal county)', () => {
    const countyUnits = cfg.orgUnits.filter((u) => u.level === 'county');
    expect(counties.map((c) => c.code)).toEqual(countyUnits.map((u) => u.code));
    expect(counties.reduce((a, c) => a + c.townships.length, 0)).toBe(158); // calibration §4
    expect(counties.reduce((a, c) => a + c.population10k, 0)).toBeCloseTo(824.05, 0); // calibration §1
    for (const c of counties) expect(c.boundary, c.name).not.toBeNull();
    const gaoxin = counties.find((c) => c.code === '370871')!;
    const rencheng = counties.find((c) => c.code === '370811')!;
    expect(gaoxin.countyKind).toBe('zone');
    expect(gaoxin.boundary).toBe(rencheng.boundary); // legalCounties[0] = 370811
    // Without the zone configuration every unit still gets a Jining polygon.
    for (const c of countyInputsFromRegistry(cfg.orgUnits, cfg.population10k, GEO))
      expect(c.boundary, c.name).not.toBeNull();
  });
});

describe('generateDemoDataset (Jining 2019–2025)', () => {
  it('gives 10-character unique codes with the default prefix', () => {
    const codes = ds.institutions.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) {
      expect(c).toHaveLength(10);
      expect(c.startsWith('2137')).toBe(true);
    }
  });

  it('has about the calibrated number of institutions per type in 2025 (±15 %)', () => {
    const near = (actual: number, target: number): void => {
      expect(actual).toBeGreaterThanOrEqual(Math.floor(target * 0.85));
      expect(actual).toBeLessThanOrEqual(Math.ceil(target * 1.15));
    };
    near(countTypes(2025, ['111']), COUNT_2025.kindergarten);
    near(countTypes(2025, ['211', '218']), COUNT_2025.primaryAndPoints);
    near(countTypes(2025, ['218']), COUNT_2025.teachingPoints);
    near(countTypes(2025, ['311', '312']), COUNT_2025.junior);
    near(countTypes(2025, SENIOR), COUNT_2025.senior);
    near(countTypes(2025, SPECIAL), COUNT_2025.special);
    // Most senior highs are 高级中学 (342) and most special schools 培智 (513).
    expect(countTypes(2025, ['342'])).toBeGreaterThan(countTypes(2025, SENIOR) * 0.8);
    expect(countTypes(2025, ['513'])).toBeGreaterThan(countTypes(2025, SPECIAL) / 2);
  });

  it('gives every real county at least one special-education school and one senior high in every year', () => {
    for (const c of counties.filter((x) => x.countyKind !== 'zone')) {
      for (const y of YEARS) {
        const here = operatingIn(y).filter((i) => i.countyCode === c.code);
        expect(
          here.some((i) => SPECIAL.includes(i.runningType)),
          `${c.name} ${y}`,
        ).toBe(true);
        expect(
          here.some((i) => SENIOR.includes(i.runningType)),
          `${c.name} ${y}`,
        ).toBe(true);
      }
    }
  });

  it('matches the 2023 stage enrolment estimates within ±25 %', () => {
    const e = enrolment(2023);
    for (const stage of Object.keys(ENROLMENT_2023) as Stage[]) {
      expect(e[stage], stage).toBeGreaterThan(ENROLMENT_2023[stage] * 0.75);
      expect(e[stage], stage).toBeLessThan(ENROLMENT_2023[stage] * 1.25);
    }
  });

  it('follows the births curve: kindergartens peak about 2020, primary keeps rising to 2023 and then falls', () => {
    // Kindergarten (ages 3–5): births 2014–16 = 33.5 万 (2019), 2015–17 = 34.9 (2020), then falling to 20.2 (2025).
    const kg = YEARS.map((y) => enrolment(y).preschool);
    expect(kg[1]).toBeGreaterThan(kg[0]!);
    for (let i = 2; i < kg.length; i++) expect(kg[i]).toBeLessThan(kg[i - 1]!);
    // Primary (ages 6–11): births 2008–13 = 60.6 万 (2019) … 2012–17 = 66.1 (2023), 2014–19 = 64.3 (2025).
    const p = YEARS.map((y) => enrolment(y).primary);
    expect(p[4]).toBeGreaterThan(p[0]!);
    expect(p[6]).toBeLessThan(p[4]!);
  });

  it('has realistic pupil/teacher ratios city-wide (±25 % of the Shandong-derived ratios)', () => {
    const teachers: Record<Stage, number> = { preschool: 0, primary: 0, junior: 0, senior: 0, special: 0 };
    for (const s of ds.statistics.filter((x) => x.schoolYear === 2023))
      for (const [stage, r] of Object.entries(s.stages)) teachers[stage as Stage] += r!.teachers;
    const e = enrolment(2023);
    for (const stage of Object.keys(teachers) as Stage[]) {
      const ratio = e[stage] / teachers[stage];
      expect(ratio, stage).toBeGreaterThan(PUPILS_PER_TEACHER[stage] * 0.75);
      expect(ratio, stage).toBeLessThan(PUPILS_PER_TEACHER[stage] * 1.25);
    }
  });

  it('straddles 15 kindergarten children per teacher across counties', () => {
    const ratios = counties.map((c) => {
      let n = 0;
      let t = 0;
      for (const s of ds.statistics) {
        const i = inst.get(s.institutionCode)!;
        if (s.schoolYear !== 2019 || i.countyCode !== c.code || !s.stages.preschool) continue;
        t += s.stages.preschool.teachers;
        for (const g of s.grades) n += g.male + g.female;
      }
      return n / t;
    });
    expect(ratios.some((r) => r > 15)).toBe(true);
    expect(ratios.some((r) => r < 15)).toBe(true);
  });

  it('keeps every grade consistent: class sizes sum to male + female, grades belong to the running type', () => {
    const allowed: Record<RunningType, Stage[]> = {
      '111': ['preschool'],
      '211': ['primary'],
      '218': ['primary'],
      '311': ['junior'],
      '312': ['primary', 'junior'],
      '341': ['junior', 'senior'],
      '342': ['senior'],
      '345': ['primary', 'junior', 'senior'],
      '511': ['special'],
      '512': ['special'],
      '513': ['special'],
      '514': ['special'],
    };
    let male = 0;
    let all = 0;
    const problems: string[] = [];
    for (const s of ds.statistics) {
      const i = inst.get(s.institutionCode)!;
      const where = `${i.name} ${s.schoolYear}`;
      if (s.grades.length === 0) problems.push(`${where}: no grades`);
      const stages = new Set<Stage>();
      for (const g of s.grades) {
        if (g.classSizes.reduce((a, b) => a + b, 0) !== g.male + g.female)
          problems.push(`${where} ${g.grade}: class sizes`);
        if (!g.classSizes.every((c) => Number.isInteger(c) && c > 0))
          problems.push(`${where} ${g.grade}: empty class`);
        if (g.male < 0 || g.female < 0) problems.push(`${where} ${g.grade}: negative`);
        stages.add(GRADE_STAGE[g.grade]);
        male += g.male;
        all += g.male + g.female;
      }
      for (const st of stages)
        if (!allowed[i.runningType].includes(st)) problems.push(`${where}: stage ${st}`);
      if (Object.keys(s.stages).sort().join() !== [...stages].sort().join())
        problems.push(`${where}: resources`);
      for (const r of Object.values(s.stages)) {
        if (!(r!.teachers > 0)) problems.push(`${where}: no teachers`);
        for (const k of [
          'teachersAboveRequiredQualification',
          'backboneTeachers',
          'peArtsTeachers',
          'certifiedTeachers',
          'establishedPostTeachers',
        ] as const)
          if (r![k] > r!.teachers || r![k] < 0) problems.push(`${where}: ${k}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(male / all).toBeGreaterThan(0.51);
    expect(male / all).toBeLessThan(0.54);
  });

  it('places every institution inside its county boundary', () => {
    const boundary = new Map(counties.map((c) => [c.code, c.boundary!]));
    for (const i of ds.institutions)
      expect(inside(i.longitude, i.latitude, boundary.get(i.countyCode)!), i.name).toBe(true);
  });

  it('gives unique Chinese names within each county and valid townships', () => {
    const seen = new Set<string>();
    const townshipOf = new Map(counties.flatMap((c) => c.townships.map((t) => [t.code, c.code] as const)));
    for (const i of ds.institutions) {
      expect(seen.has(`${i.countyCode}|${i.name}`), i.name).toBe(false);
      seen.add(`${i.countyCode}|${i.name}`);
      expect(i.name).toMatch(/^[\u4e00-\u9fa5（）]+$/);
      expect(townshipOf.get(i.townshipCode)).toBe(i.countyCode);
    }
    expect(
      ds.institutions.filter((i) => i.runningType === '218').every((i) => i.name.endsWith('小学（教学点）')),
    ).toBe(true);
    expect(ds.institutions.some((i) => i.name === '济宁市特殊教育学校')).toBe(true);
    expect(ds.institutions.some((i) => i.name === '邹城市第一中学')).toBe(true);
  });

  it('has statistics exactly in the years an institution operates', () => {
    const open = new Map<string, number>();
    const end = new Map<string, number>();
    for (const e of ds.events) {
      if (e.kind === 'opened') {
        expect(open.has(e.institutionCode)).toBe(false);
        open.set(e.institutionCode, e.schoolYear);
      } else end.set(e.institutionCode, e.schoolYear);
    }
    const years = new Map<string, number[]>();
    for (const s of ds.statistics)
      (years.get(s.institutionCode) ?? years.set(s.institutionCode, []).get(s.institutionCode)!).push(
        s.schoolYear,
      );
    for (const i of ds.institutions) {
      const o = open.get(i.code)!;
      expect(o).toBeDefined();
      const expected = YEARS.filter((y) => y >= o && y < (end.get(i.code) ?? Infinity));
      expect((years.get(i.code) ?? []).sort(), i.name).toEqual(expected);
    }
    // Institutions that existed in 2019 were founded earlier; some open later.
    expect(ds.events.filter((e) => e.kind === 'opened' && e.schoolYear < 2019).length).toBeGreaterThan(
      ds.institutions.length * 0.8,
    );
    expect(ds.events.some((e) => e.kind === 'opened' && e.schoolYear > 2019)).toBe(true);
  });

  it('closes only private kindergartens (from 2021) and merges teaching points into a primary school of the same county', () => {
    const closed = ds.events.filter((e) => e.kind === 'closed');
    expect(closed.length).toBeGreaterThan(50);
    for (const e of closed) {
      const i = inst.get(e.institutionCode)!;
      expect(i.runningType).toBe('111');
      expect(i.ownership).not.toBe('public');
      expect(e.schoolYear).toBeGreaterThanOrEqual(2021);
    }
    const merged = ds.events.filter((e) => e.kind === 'mergedInto');
    expect(merged.length).toBeGreaterThan(50);
    for (const e of merged) {
      const from = inst.get(e.institutionCode)!;
      const to = inst.get(e.targetInstitutionCode!);
      expect(from.runningType).toBe('218');
      expect(to?.runningType).toBe('211');
      expect(to?.countyCode).toBe(from.countyCode);
      expect(ds.statistics.some((s) => s.institutionCode === to!.code && s.schoolYear === e.schoolYear)).toBe(
        true,
      );
    }
  });

  it('has 大班额 and 超大班额 classes in 2019 that mostly disappear by 2025; senior classes stay within 55', () => {
    const count = (year: number, min: number): number => {
      let n = 0;
      for (const s of ds.statistics)
        if (s.schoolYear === year)
          for (const g of s.grades)
            if (GRADE_STAGE[g.grade] === 'primary' || GRADE_STAGE[g.grade] === 'junior')
              n += g.classSizes.filter((c) => c >= min).length;
      return n;
    };
    expect(count(2019, 56)).toBeGreaterThan(0);
    expect(count(2019, 66)).toBeGreaterThan(0);
    expect(count(2025, 56)).toBeLessThan(count(2019, 56) / 10);
    const senior = ds.statistics.flatMap((s) =>
      s.grades.filter((g) => GRADE_STAGE[g.grade] === 'senior').flatMap((g) => g.classSizes),
    );
    expect(Math.max(...senior)).toBeLessThanOrEqual(55);
  });

  it('keeps rural teaching points tiny', () => {
    const sizes = ds.statistics
      .filter((s) => s.schoolYear === 2019 && inst.get(s.institutionCode)!.runningType === '218')
      .map((s) => s.grades.reduce((a, g) => a + g.male + g.female, 0))
      .sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(100);
  });

  it('records attributes per institution kind, with corrections that change the value', () => {
    const kinds: Record<string, RunningType[]> = {
      kgClass: ['111'],
      strongSchoolProgramme: COMPULSORY,
      highSchoolEvaluationCompleted: SENIOR,
      featuredHighSchool: SENIOR,
      subjectBases: SENIOR,
      specialEdEvaluation: SPECIAL,
      // What the milestones read (resource centres at primary or junior schools, township seats).
      resourceCentre: ['211', '311', '312'],
      townshipSeat: ['211', '311', '312'],
      conditionsClass: ['211', '311', '312'],
      preschoolDepartment: SPECIAL,
      vocationalDepartment: SPECIAL,
    };
    for (const a of ds.attributes) {
      expect(kinds[a.name]).toContain(inst.get(a.institutionCode)!.runningType);
      expect(a.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect(Number(a.recordedAt.slice(0, 4))).toBe(a.effectiveFromYear);
    }
    let corrections = 0;
    for (const list of attrIndex.values()) {
      for (const c of list) {
        const earlier = list.find(
          (b) => b.effectiveFromYear === c.effectiveFromYear && b.recordedAt < c.recordedAt,
        );
        if (!earlier) continue;
        corrections++;
        expect(JSON.stringify(earlier.value)).not.toBe(JSON.stringify(c.value));
      }
    }
    expect(corrections).toBeGreaterThan(0);
  });

  it('moves the headline targets the right way, with leading and lagging counties', () => {
    const share = (
      year: number,
      types: RunningType[],
      name: string,
      ok: (v: unknown) => boolean,
      county?: string,
    ): number => {
      const list = operatingIn(year).filter(
        (i) => types.includes(i.runningType) && (!county || i.countyCode === county),
      );
      return list.filter((i) => ok(valueAt(i.code, name, year))).length / list.length;
    };
    const t1 = (year: number, county?: string): number => {
      const pub = enrolment(
        year,
        (i) => i.runningType === '111' && i.ownership === 'public' && (!county || i.countyCode === county),
      ).preschool;
      const all = enrolment(
        year,
        (i) => i.runningType === '111' && (!county || i.countyCode === county),
      ).preschool;
      return pub / all;
    };
    // T1: calibration §3d puts the 2023/24 public share at roughly 60–70 %, below the 75 % plan target.
    expect(t1(2023)).toBeGreaterThan(0.55);
    expect(t1(2023)).toBeLessThan(0.75);
    expect(t1(2019)).toBeLessThan(t1(2023));
    expect(t1(2025)).toBeGreaterThan(t1(2023));
    expect(t1(2025, '370883')).toBeGreaterThan(t1(2025, '370827') + 0.15); // 邹城市 leads 鱼台县
    // T2, T3, T5, T6, T7 rise from a low start and are still short of the 2027 thresholds in 2025.
    const quality = (v: unknown): boolean => v === 'class1' || v === 'provincialDemo';
    expect(share(2025, ['111'], 'kgClass', quality)).toBeGreaterThan(
      share(2019, ['111'], 'kgClass', quality) + 0.1,
    );
    expect(share(2025, ['111'], 'kgClass', quality)).toBeLessThan(0.7);
    expect(share(2021, COMPULSORY, 'strongSchoolProgramme', (v) => v === true)).toBe(0);
    expect(share(2025, COMPULSORY, 'strongSchoolProgramme', (v) => v === true)).toBeGreaterThan(
      share(2023, COMPULSORY, 'strongSchoolProgramme', (v) => v === true),
    );
    expect(share(2025, COMPULSORY, 'strongSchoolProgramme', (v) => v === true)).toBeLessThan(0.9);
    expect(share(2021, SENIOR, 'highSchoolEvaluationCompleted', (v) => v === true)).toBe(0);
    expect(share(2025, SENIOR, 'highSchoolEvaluationCompleted', (v) => v === true)).toBeGreaterThan(0.4);
    const featured = (v: unknown): boolean => v === 'city' || v === 'provincial';
    expect(share(2025, SENIOR, 'featuredHighSchool', featured)).toBeGreaterThan(
      share(2019, SENIOR, 'featuredHighSchool', featured),
    );
    expect(share(2025, SPECIAL, 'specialEdEvaluation', (v) => v === 'passed')).toBeGreaterThan(
      share(2019, SPECIAL, 'specialEdEvaluation', (v) => v === 'passed'),
    );
    expect(share(2025, ['111'], 'kgClass', quality, '370883')).toBeGreaterThan(
      share(2025, ['111'], 'kgClass', quality, '370832'),
    );
  });

  it('makes 优质均衡 resources straddle the thresholds: leaders mostly pass in 2025, laggards often fail', () => {
    // STANDARDS.md §1.1: L1…L7 for primary; a school passes with ≥6 met and the 7th at ≥85 %.
    const thr = [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3];
    const passShare = (year: number, county: string): number => {
      let pass = 0;
      let n = 0;
      for (const s of ds.statistics) {
        const i = inst.get(s.institutionCode)!;
        const r = s.stages.primary;
        if (s.schoolYear !== year || i.countyCode !== county || !r || i.runningType === '218') continue;
        const e = s.grades
          .filter((g) => GRADE_STAGE[g.grade] === 'primary')
          .reduce((a, g) => a + g.male + g.female, 0);
        const v = [r.teachersAboveRequiredQualification, r.backboneTeachers, r.peArtsTeachers].map(
          (x) => (100 * x) / e,
        );
        v.push(
          r.teachingAuxAreaM2 / e,
          r.sportsAreaM2 / e,
          r.equipmentValueYuan / e,
          (100 * r.multimediaRooms) / e,
        );
        const ratios = v.map((x, k) => x / thr[k]!).filter((x) => x < 1);
        n++;
        if (ratios.length === 0 || (ratios.length === 1 && ratios[0]! >= 0.85)) pass++;
      }
      return pass / n;
    };
    expect(passShare(2025, '370883')).toBeGreaterThan(0.7); // 邹城市
    expect(passShare(2025, '370827')).toBeLessThan(0.5); // 鱼台县
    expect(passShare(2025, '370827')).toBeGreaterThan(passShare(2019, '370827'));
  });

  it("finishes each county's standards drive in its year: classes, school size, certificates", () => {
    // standardsDriveYear = 2030 − round(8 × progress): 邹城市 0.92 → 2023; 鱼台县 0.08 → 2029.
    expect(standardsDriveYear(0.92)).toBe(2023);
    expect(standardsDriveYear(0.08)).toBe(2029);
    const compulsory = (year: number, county: string) =>
      ds.statistics.filter(
        (s) => s.schoolYear === year && inst.get(s.institutionCode)!.countyCode === county,
      );
    const check = (year: number, county: string) => {
      let bigClasses = 0;
      let bigSchools = 0;
      let uncertified = 0;
      for (const s of compulsory(year, county)) {
        const i = inst.get(s.institutionCode)!;
        let students = 0;
        for (const g of s.grades) {
          const stage = GRADE_STAGE[g.grade];
          if (stage !== 'primary' && stage !== 'junior') continue;
          students += g.male + g.female;
          bigClasses += g.classSizes.filter((c) => c > (stage === 'primary' ? 45 : 50)).length;
        }
        if (students > (i.runningType === '312' || i.runningType === '345' ? 2500 : 2000)) bigSchools++;
        for (const r of [s.stages.primary, s.stages.junior, s.stages.preschool])
          if (r) uncertified += r.teachers - r.certifiedTeachers;
      }
      return { bigClasses, bigSchools, uncertified };
    };
    // 邹城市 after its drive: nothing over the limits, every teacher certified.
    expect(check(2025, '370883')).toEqual({ bigClasses: 0, bigSchools: 0, uncertified: 0 });
    // 鱼台县 before its drive: still 大班额 and uncertified teachers.
    const yutai = check(2025, '370827');
    expect(yutai.bigClasses).toBeGreaterThan(0);
    expect(yutai.uncertified).toBeGreaterThan(0);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const again = generateDemoDataset({
      seed: 20250901,
      fromYear: 2019,
      toYear: 2025,
      cityCode: '3708',
      cityName: '济宁市',
      counties,
    });
    expect(again).toEqual(ds);
    const other = generateDemoDataset({
      seed: 7,
      fromYear: 2019,
      toYear: 2025,
      cityCode: '3708',
      cityName: '济宁市',
      counties,
    });
    expect(other.institutions.map((i) => i.name)).not.toEqual(ds.institutions.map((i) => i.name));
  });
});

describe('generateDemoDataset (synthetic counties)', () => {
  const synthetic: DemoCountyInput[] = [
    { code: '370101', name: '甲区', population10k: 120, townships: [], boundary: null },
    { code: '370102', name: '乙县', population10k: 40, townships: [], boundary: null },
  ];

  it('works without townships or boundaries, with counts in proportion to population', () => {
    const d = generateDemoDataset({
      seed: 1,
      fromYear: 2023,
      toYear: 2025,
      cityCode: '3701',
      counties: synthetic,
      codePrefix: '210101',
    });
    expect(d.institutions.every((i) => i.code.length === 10 && i.code.startsWith('210101'))).toBe(true);
    const kg = (county: string): number =>
      d.institutions.filter((i) => i.runningType === '111' && i.countyCode === county).length;
    expect(kg('370101') / kg('370102')).toBeGreaterThan(2.4);
    expect(kg('370101') / kg('370102')).toBeLessThan(3.6);
    expect(d.statistics.every((s) => s.schoolYear >= 2023 && s.schoolYear <= 2025)).toBe(true);
    expect(
      generateDemoDataset({
        seed: 1,
        fromYear: 2023,
        toYear: 2025,
        cityCode: '3701',
        counties: synthetic,
        codePrefix: '210101',
      }),
    ).toEqual(d);
  });

  it('rejects a code prefix that leaves no room', () => {
    expect(() =>
      generateDemoDataset({
        seed: 1,
        fromYear: 2019,
        toYear: 2025,
        cityCode: '3701',
        counties: synthetic,
        codePrefix: '2101010101',
      }),
    ).toThrow(/前缀/);
  });
});
