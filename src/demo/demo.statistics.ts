/**
 * Autumn statistics for the laid-out institutions: each county's cohorts follow the births curve
 * (births.ts) and are shared out over the institutions operating that year; then classes, teachers
 * and facilities per stage. Primary and junior resources straddle the 优质均衡 thresholds of
 * STANDARDS.md §1.1, better in leading counties and improving year by year.
 */
import type {
  GradeCode,
  GradeEnrolment,
  InstitutionYearStatistics,
  Stage,
  StageResources,
} from '../domain/statistics/statistics.types.ts';
import { GRADE_STAGE } from '../domain/statistics/statistics.types.ts';
import {
  ENROLMENT_PER_BIRTH,
  GRADE_ENTRY_AGE,
  GRADES_BY_STAGE,
  birthsPerResident,
  specialPupilsPerResident,
} from './births.ts';
import type { CountyCtx, LaidOutInstitution } from './demo.types.ts';
import type { Years } from './demo.layout.ts';
import { type Rng, apportion } from './rng.ts';

/** 优质均衡 resource thresholds (STANDARDS.md §1.1): L1…L7 for primary and junior sections. */
const THRESHOLDS: Record<'primary' | 'junior', readonly number[]> = {
  primary: [4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3],
  junior: [5.3, 1, 0.9, 5.8, 10.2, 2500, 2.4],
};

/** Pupils per full-time teacher (jining-calibration.md §3c). */
const PUPILS_PER_TEACHER: Record<Stage, number> = {
  preschool: 12,
  primary: 17,
  junior: 12.7,
  senior: 11.9,
  special: 4,
};

const KG_NORMS: Record<string, number> = { K1: 25, K2: 30, K3: 35 };

/** National class-size limits of 优质均衡 (STANDARDS.md §1.2 item 5). */
const CLASS_LIMIT: Record<'primary' | 'junior', number> = { primary: 45, junior: 50 };

/**
 * The school year from which a county has finished its drive for the two county standards (a
 * demo choice, like the progress figures): from then on every class keeps within the national
 * limits, no school exceeds the size limits, every teacher is certified and every school meets
 * the 优质均衡 resource thresholds. 邹城市 and 曲阜市 get there in 2023, 任城区 in 2024 …
 * 鱼台县 in 2029, so T4 rises over the years and stays short of 60% for a while.
 */
export function standardsDriveYear(progress: number): number {
  return 2030 - Math.round(8 * progress);
}

/** Most compulsory students a school may have (优质均衡 item 4): 2500 for 一贯制, else 2000. */
function schoolSizeLimit(p: LaidOutInstitution): number {
  return p.institution.runningType === '312' || p.institution.runningType === '345' ? 2500 : 2000;
}

export function operates(p: LaidOutInstitution, year: number): boolean {
  return p.openYear <= year && (p.endYear === null || year < p.endYear);
}

/** Share of kindergarten children in public kindergartens a county aims at in a year (T1). */
export function publicKgShare(progress: number, year: number): number {
  const a = 0.43 + 0.14 * progress;
  const b = 0.5 + 0.36 * progress;
  const s = a + ((b - a) * (year - 2019)) / 6;
  return Math.min(0.95, Math.max(0.3, s));
}

interface StageState {
  /** Highest enrolment so far: buildings and equipment do not shrink with the cohort. */
  ref: number;
  /** Fixed per-indicator offsets (log scale) for L1…L7. */
  z: number[];
  /** School-level pupil/teacher factor. */
  ptr: number;
}

interface InstState {
  stages: Partial<Record<Stage, StageState>>;
  effect: number;
  /** Per-indicator offsets by setting (urban schools lack sports ground, villages lack specialists). */
  bias: number[];
}

function isUrban(p: LaidOutInstitution): boolean {
  return (
    p.setting === 'county' ||
    p.township.tier === 'core' ||
    (p.township.tier === 'outer' && p.setting === 'seat')
  );
}

function stateOf(states: Map<LaidOutInstitution, InstState>, p: LaidOutInstitution, rng: Rng): InstState {
  let s = states.get(p);
  if (!s) {
    const urban = isUrban(p);
    const village = p.setting === 'village';
    s = {
      stages: {},
      effect:
        rng.normal(0, 0.1) +
        (p.role === 'experimental' ? 0.08 : 0) +
        (p.institution.ownership !== 'public' ? -0.05 : 0) +
        (p.crowd > 0 ? -0.08 : 0),
      bias: urban
        ? [0, 0.05, 0, -0.08, -0.3, 0.05, 0.05]
        : village
          ? [-0.05, -0.25, -0.25, 0.1, 0.2, -0.12, -0.15]
          : [0, -0.05, -0.08, 0.05, 0.1, -0.02, -0.02],
    };
    states.set(p, s);
  }
  return s;
}

function stageState(st: InstState, stage: Stage, rng: Rng): StageState {
  let s = st.stages[stage];
  if (!s) {
    s = { ref: 0, z: [0, 0, 0, 0, 0, 0, 0].map(() => rng.normal(0, 0.12)), ptr: rng.lognormal(0.1) };
    st.stages[stage] = s;
  }
  return s;
}

/** Splits `n` pupils into classes of about `target`, never above `cap` (when possible). */
export function splitClasses(n: number, target: number, cap: number, rng: Rng): number[] {
  if (n <= 0) return [];
  const k = Math.max(1, Math.round(n / target), Math.ceil(n / cap));
  const base = Math.floor(n / k);
  const sizes = new Array<number>(k).fill(base);
  for (let i = 0; i < n - base * k; i++) sizes[i]! += 1;
  if (k > 1) {
    const moves = Math.ceil(k / 2);
    for (let m = 0; m < moves; m++) {
      const a = Math.floor(rng.float() * k);
      const b = Math.floor(rng.float() * k);
      const d = 1 + Math.floor(rng.float() * 2);
      if (a !== b && sizes[a]! - d >= 1 && sizes[b]! + d <= cap) {
        sizes[a]! -= d;
        sizes[b]! += d;
      }
    }
  }
  return sizes;
}

function classTargetFor(
  p: LaidOutInstitution,
  grade: GradeCode,
  year: number,
  years: Years,
): [number, number] {
  const stage = GRADE_STAGE[grade];
  const t = year - years.from;
  if (stage === 'preschool') {
    const f = p.classTarget > 1 ? Math.max(1, p.classTarget - 0.04 * t) : p.classTarget;
    const norm = KG_NORMS[grade] ?? 30;
    if (year >= standardsDriveYear(p.county.progress)) return [norm * Math.min(f, 0.9), norm];
    return [norm * f, norm * Math.max(1.25, f + 0.1)];
  }
  if (stage === 'special') return [10, 14];
  if ((stage === 'primary' || stage === 'junior') && year >= standardsDriveYear(p.county.progress)) {
    const limit = CLASS_LIMIT[stage];
    const target = Math.min(limit - 4, p.classTarget + (stage === 'junior' ? 3 : 0));
    return [target, limit];
  }
  if (stage === 'senior') {
    const target = Math.min(54, p.classTarget + 6);
    return [target, 55];
  }
  if (p.institution.runningType === '218') return [45, 45];
  const decay = 2 + 4 * (1 - p.county.progress);
  const extra = p.crowd * Math.max(0, 1 - t / decay);
  const target = p.classTarget + (stage === 'junior' ? 3 : 0) + extra;
  return [target, target + (extra > 0 ? 4 : 6)];
}

/** Cohort of one grade in one county in one year (pupils). */
function cohortOf(ctx: CountyCtx, grade: Exclude<GradeCode, 'SE'>, year: number): number {
  const stage = GRADE_STAGE[grade] as Exclude<Stage, 'special'>;
  const births = birthsPerResident(year - GRADE_ENTRY_AGE[grade]) * ctx.input.population10k * 1e4;
  const kgDrift = stage === 'preschool' ? 1 + 0.006 * (year - 2023) : 1;
  return births * ENROLMENT_PER_BIRTH[stage] * ctx.cohortFactor * kgDrift;
}

function weightOf(p: LaidOutInstitution, stage: Stage, year: number, years: Years, rng: Rng): number {
  let w = (p.weights[stage] ?? 0) * Math.pow(p.trend, year - years.from);
  const age = year - p.openYear;
  if (p.isNew) w *= age <= 0 ? 0.45 : age === 1 ? 0.75 : 1;
  for (const a of p.absorbed) if (a.stage === stage && year >= a.year) w += a.weight * 0.8;
  return w * rng.lognormal(0.08);
}

function resourcesFor(
  p: LaidOutInstitution,
  stage: Stage,
  n: number,
  classes: number,
  year: number,
  st: InstState,
  rng: Rng,
): StageResources {
  const ss = stageState(st, stage, rng);
  ss.ref = Math.max(ss.ref, n);
  const ref = ss.ref;
  const prog = p.county.progress;
  const t = year - 2019;
  const pub = p.institution.ownership === 'public';
  const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));
  const share = (x: number, of: number): number => Math.min(of, Math.max(0, Math.round(x * of)));

  // After the county's standards drive every teacher is certified and every school is at least
  // at each resource threshold (amounts rounded up, so that rounding cannot undo it).
  const drive = year >= standardsDriveYear(prog);
  if (stage === 'primary' || stage === 'junior') {
    const thr = THRESHOLDS[stage];
    const mu = -0.1 + 0.34 * prog + (0.012 + 0.03 * prog) * t + st.effect;
    const lvl = (k: number): number => {
      const l = Math.exp(mu + ss.z[k]! + st.bias[k]!);
      return drive ? Math.max(l, 1.02) : l;
    };
    const amount = drive ? Math.ceil : Math.round;
    const villageFactor = p.setting === 'village' ? 0.8 : isUrban(p) ? 1.08 : 0.95;
    const ptr = PUPILS_PER_TEACHER[stage] * (1.12 - 0.25 * prog) * villageFactor * ss.ptr * (1 - 0.008 * t);
    const minTeachers =
      p.institution.runningType === '218'
        ? Math.max(2, classes)
        : Math.ceil(classes * (stage === 'junior' ? 1.5 : 1.15));
    const teachers = Math.max(minTeachers, Math.round(n / ptr));
    return {
      teachers,
      teachersAboveRequiredQualification: Math.min(teachers, amount((lvl(0) * thr[0]! * n) / 100)),
      backboneTeachers: Math.min(teachers, amount((lvl(1) * thr[1]! * n) / 100)),
      peArtsTeachers: Math.min(teachers, amount((lvl(2) * thr[2]! * n) / 100)),
      certifiedTeachers: drive
        ? teachers
        : share(pub ? 0.97 + 0.004 * t + 0.02 * prog : 0.9 + 0.01 * t, teachers),
      establishedPostTeachers: share(pub ? 0.88 + 0.08 * prog + 0.004 * t : 0.04, teachers),
      teachingAuxAreaM2: amount(lvl(3) * thr[3]! * ref),
      sportsAreaM2: amount(lvl(4) * thr[4]! * ref),
      equipmentValueYuan: amount((lvl(5) * thr[5]! * ref) / 100) * 100,
      multimediaRooms: Math.max(1, amount((lvl(6) * thr[6]! * ref) / 100)),
    };
  }

  const g = Math.exp(st.effect + ss.z[0]! + (0.01 + 0.025 * prog) * t);
  if (stage === 'preschool') {
    const ratio =
      (17.5 - 8.5 * prog - 0.3 * t) * ss.ptr * (pub ? 1 : 1.08) * (p.setting === 'village' ? 1.08 : 1);
    const teachers = Math.max(classes, Math.round(n / Math.max(6, ratio)));
    const certified = drive ? 1 : pub ? 0.8 + 0.12 * prog + 0.02 * t : 0.66 + 0.1 * prog + 0.025 * t;
    const established = pub
      ? 0.3 + 0.3 * prog + 0.035 * t
      : p.institution.ownership === 'inclusivePrivate'
        ? 0.02
        : 0;
    return {
      teachers,
      teachersAboveRequiredQualification: share(clamp01(0.72 + 0.15 * prog + 0.02 * t), teachers),
      backboneTeachers: share(clamp01((0.04 + 0.06 * prog) * g), teachers),
      peArtsTeachers: share(clamp01(0.1 * g), teachers),
      certifiedTeachers: drive ? teachers : share(clamp01(certified + rng.normal(0, 0.03)), teachers),
      establishedPostTeachers: share(clamp01(established + (pub ? rng.normal(0, 0.05) : 0)), teachers),
      teachingAuxAreaM2: Math.round(8.5 * g * ref),
      sportsAreaM2: Math.round(5.5 * g * ref),
      equipmentValueYuan: Math.round((1200 * g * ref) / 100) * 100,
      multimediaRooms: Math.max(pub ? 1 : 0, Math.round(classes * Math.min(1, 0.45 * g + 0.05 * t))),
    };
  }
  if (stage === 'senior') {
    const teachers = Math.max(
      Math.ceil(classes * 2.2),
      Math.round(n / (PUPILS_PER_TEACHER.senior * (1.1 - 0.2 * prog) * ss.ptr)),
    );
    return {
      teachers,
      teachersAboveRequiredQualification: share(clamp01((0.08 + 0.1 * prog) * g), teachers),
      backboneTeachers: share(clamp01((0.12 + 0.08 * prog) * g), teachers),
      peArtsTeachers: share(clamp01(0.11 * g), teachers),
      certifiedTeachers: share(clamp01(pub ? 0.985 + 0.002 * t : 0.93), teachers),
      establishedPostTeachers: share(pub ? 0.95 : 0.05, teachers),
      teachingAuxAreaM2: Math.round(8.5 * g * ref),
      sportsAreaM2: Math.round(11.5 * g * ref),
      equipmentValueYuan: Math.round((4200 * g * ref) / 100) * 100,
      multimediaRooms: Math.max(1, Math.round((2.5 * g * ref) / 100)),
    };
  }
  // special
  const teachers = Math.max(classes * 2, Math.round(n / (PUPILS_PER_TEACHER.special * ss.ptr)));
  return {
    teachers,
    teachersAboveRequiredQualification: share(clamp01((0.7 + 0.2 * prog) * g), teachers),
    backboneTeachers: share(clamp01(0.1 * g), teachers),
    peArtsTeachers: share(clamp01(0.14 * g), teachers),
    certifiedTeachers: share(clamp01(0.92 + 0.01 * t), teachers),
    establishedPostTeachers: share(0.9, teachers),
    teachingAuxAreaM2: Math.round(26 * g * ref),
    sportsAreaM2: Math.round(18 * g * ref),
    equipmentValueYuan: Math.round((9000 * g * ref) / 100) * 100,
    multimediaRooms: Math.max(1, Math.round(classes * 0.8 * g)),
  };
}

/**
 * Generates the statistics rows for every operating institution and year. Counties that have no
 * institution teaching a grade (a small zone without a senior high) send that cohort to the largest
 * county that has one.
 */
export function generateStatistics(
  plans: readonly LaidOutInstitution[],
  counties: readonly CountyCtx[],
  years: Years,
  rng: Rng,
): InstitutionYearStatistics[] {
  // Institutions of each county that teach a grade (in plan order), filtered by year below.
  const byCountyGrade = new Map<CountyCtx, Map<GradeCode, LaidOutInstitution[]>>();
  for (const c of counties) byCountyGrade.set(c, new Map());
  for (const p of plans) {
    const m = byCountyGrade.get(p.county)!;
    for (const g of p.grades) {
      const list = m.get(g);
      if (list) list.push(p);
      else m.set(g, [p]);
    }
  }
  const specialSchools = plans.filter((p) => p.grades.includes('SE'));
  const largestFirst = counties
    .slice()
    .sort((a, b) => b.input.population10k - a.input.population10k || a.index - b.index);
  const totalPop = counties.reduce((a, c) => a + c.input.population10k, 0);
  const states = new Map<LaidOutInstitution, InstState>();
  const out: InstitutionYearStatistics[] = [];

  for (let year = years.from; year <= years.to; year++) {
    const yr = rng.fork(`stats:${year}`);
    const counts = new Map<LaidOutInstitution, Map<GradeCode, number>>();
    const put = (p: LaidOutInstitution, g: GradeCode, n: number): void => {
      if (n <= 0) return;
      let m = counts.get(p);
      if (!m) {
        m = new Map();
        counts.set(p, m);
      }
      m.set(g, (m.get(g) ?? 0) + n);
    };

    const allocate = (members: LaidOutInstitution[], grade: GradeCode, total: number): void => {
      const stage = GRADE_STAGE[grade];
      const w = members.map((p) => weightOf(p, stage, year, years, yr));
      const n = apportion(total, w);
      if ((stage === 'primary' || stage === 'junior') && members.length > 1) capSchoolSize(members, n, w);
      members.forEach((p, i) => put(p, grade, n[i]!));
    };
    /**
     * After a county's standards drive no school exceeds the size limit: a grade's pupils above
     * the school's share of the limit go to the other schools of the county (by their weights).
     */
    const capSchoolSize = (members: LaidOutInstitution[], n: number[], w: number[]): void => {
      if (year < standardsDriveYear(members[0]!.county.progress)) return;
      const cap = members.map((p) => {
        const grades = p.grades.filter((g) => GRADE_STAGE[g] === 'primary' || GRADE_STAGE[g] === 'junior');
        return Math.floor(schoolSizeLimit(p) / Math.max(1, grades.length));
      });
      for (let round = 0; round < 5; round++) {
        let excess = 0;
        for (let i = 0; i < n.length; i++) {
          if (n[i]! > cap[i]!) {
            excess += n[i]! - cap[i]!;
            n[i] = cap[i]!;
          }
        }
        if (excess === 0) return;
        const open = n.map((x, i) => (x < cap[i]! ? w[i]! : 0));
        if (open.every((x) => x <= 0)) return;
        apportion(excess, open).forEach((x, i) => (n[i]! += x));
      }
    };

    for (const stage of ['preschool', 'primary', 'junior', 'senior'] as const) {
      for (const grade of GRADES_BY_STAGE[stage] as Exclude<GradeCode, 'SE'>[]) {
        const cohort = new Map<CountyCtx, number>();
        const teaching = new Map<CountyCtx, LaidOutInstitution[]>();
        for (const c of counties) {
          teaching.set(
            c,
            (byCountyGrade.get(c)!.get(grade) ?? []).filter((p) => operates(p, year)),
          );
          cohort.set(c, cohortOf(c, grade, year) * yr.lognormal(0.015));
        }
        for (const c of counties) {
          if (teaching.get(c)!.length > 0) continue;
          const host = largestFirst.find((h) => teaching.get(h)!.length > 0);
          if (host) cohort.set(host, cohort.get(host)! + cohort.get(c)!);
          cohort.set(c, 0);
        }
        for (const c of counties) {
          const members = teaching.get(c)!;
          const total = Math.round(cohort.get(c)!);
          if (members.length === 0 || total <= 0) continue;
          if (stage === 'preschool') {
            const pub = members.filter((p) => p.institution.ownership === 'public');
            const non = members.filter((p) => p.institution.ownership !== 'public');
            const share = non.length === 0 ? 1 : pub.length === 0 ? 0 : publicKgShare(c.progress, year);
            const nPub = Math.round(total * share);
            allocate(pub, grade, nPub);
            allocate(non, grade, total - nPub);
          } else {
            allocate(members, grade, total);
          }
        }
      }
    }
    const special = specialSchools.filter((p) => operates(p, year));
    allocate(special, 'SE', Math.round(specialPupilsPerResident(year) * totalPop * 1e4));

    for (const p of plans) {
      const m = counts.get(p);
      if (!operates(p, year)) continue;
      const st = stateOf(states, p, yr);
      const grades: GradeEnrolment[] = [];
      const stageTotals = new Map<Stage, { n: number; classes: number }>();
      for (const grade of p.grades) {
        const n = m?.get(grade) ?? 0;
        if (n <= 0) continue;
        const [target, cap] = classTargetFor(p, grade, year, years);
        const classSizes = splitClasses(n, target, cap, yr);
        const maleShare = Math.min(0.6, Math.max(0.45, yr.normal(0.526, 0.018)));
        const male = Math.round(n * maleShare);
        grades.push({ grade, male, female: n - male, classSizes });
        const stage = GRADE_STAGE[grade];
        const acc = stageTotals.get(stage) ?? { n: 0, classes: 0 };
        acc.n += n;
        acc.classes += classSizes.length;
        stageTotals.set(stage, acc);
      }
      const stages: Partial<Record<Stage, StageResources>> = {};
      for (const [stage, acc] of stageTotals)
        stages[stage] = resourcesFor(p, stage, acc.n, acc.classes, year, st, yr);
      out.push({ institutionCode: p.institution.code, schoolYear: year, grades, stages });
    }
  }
  return out;
}
