/**
 * Effective-dated attributes for the demo institutions: kindergarten class, strong-school
 * programme, high-school evaluation, featured high schools and subject bases, special-school
 * evaluation, and what the milestones read (resource centres, township-seat schools, 办学条件
 * class, special schools' departments). One record when a value changes; a few corrections (same effectiveFromYear, later
 * recordedAt) so that "latest recorded wins" matters.
 */
import type {
  AttributeName,
  AttributeRecord,
  ConditionsClass,
  FeaturedHighSchool,
  InstitutionAttributes,
  KgClass,
  SpecialEdEvaluation,
  SubjectBase,
} from '../domain/registry/registry.types.ts';
import type { LaidOutInstitution } from './demo.types.ts';
import type { Years } from './demo.layout.ts';
import { subjectPool } from './names.ts';
import type { Rng } from './rng.ts';

const CORRECTION_RATE = 0.006;

/** recordedAt of the regular autumn record of a school year. */
export function recordedAtOf(year: number): string {
  return `${year}-10-15T02:00:00.000Z`;
}

function correctionAtOf(year: number): string {
  return `${year}-11-20T02:00:00.000Z`;
}

type Series<N extends AttributeName> = { year: number; value: InstitutionAttributes[N] }[];

function emit<N extends AttributeName>(
  code: string,
  name: N,
  series: Series<N>,
  wrong: (v: InstitutionAttributes[N]) => InstitutionAttributes[N],
  rng: Rng,
  out: AttributeRecord[],
): void {
  let last: string | null = null;
  for (const { year, value } of series) {
    const key = JSON.stringify(value);
    if (key === last) continue;
    last = key;
    if (rng.chance(CORRECTION_RATE)) {
      out.push({
        institutionCode: code,
        name,
        value: wrong(value),
        effectiveFromYear: year,
        recordedAt: recordedAtOf(year),
      });
      out.push({
        institutionCode: code,
        name,
        value,
        effectiveFromYear: year,
        recordedAt: correctionAtOf(year),
        note: '更正：原填报有误',
      });
    } else {
      out.push({
        institutionCode: code,
        name,
        value,
        effectiveFromYear: year,
        recordedAt: recordedAtOf(year),
      });
    }
  }
}

const KG_ORDER: KgClass[] = ['unrated', 'class3', 'class2', 'class1', 'provincialDemo'];

function kgClassOf(score: number): KgClass {
  if (score >= 0.8) return 'provincialDemo';
  if (score >= 0.52) return 'class1';
  if (score >= 0.36) return 'class2';
  if (score >= 0.2) return 'class3';
  return 'unrated';
}

function activeYears(p: LaidOutInstitution, years: Years): number[] {
  const out: number[] = [];
  const last = p.endYear === null ? years.to : Math.min(years.to, p.endYear - 1);
  for (let y = Math.max(years.from, p.openYear); y <= last; y++) out.push(y);
  return out;
}

const COMPULSORY = new Set(['211', '311', '312']);
const SPECIAL_TYPES = new Set(['511', '512', '513', '514']);

/**
 * The school of each township that hosts its 特殊教育资源中心: the central primary (中心小学), else
 * the central junior or nine-year school, else the township's first primary or junior school.
 */
function resourceCentreHosts(plans: readonly LaidOutInstitution[]): Set<string> {
  const rank = (p: LaidOutInstitution) =>
    (p.role === 'central' ? 0 : 2) + (p.institution.runningType === '211' ? 0 : 1);
  const best = new Map<string, LaidOutInstitution>();
  for (const p of plans) {
    if (!COMPULSORY.has(p.institution.runningType) || p.endYear !== null) continue;
    const t = p.institution.townshipCode;
    const cur = best.get(t);
    if (!cur || rank(p) < rank(cur) || (rank(p) === rank(cur) && p.institution.code < cur.institution.code))
      best.set(t, p);
  }
  return new Set([...best.values()].map((p) => p.institution.code));
}

function conditionsClassOf(score: number): ConditionsClass {
  if (score >= 0.9) return 'classI';
  if (score >= 0.42) return 'classII';
  return 'belowClassII';
}

/**
 * The attributes the plan's milestones read (resource centres, township-seat schools and their
 * 办学条件 class, special schools' departments), each institution from a fork of its own so that
 * the other attributes' draws are unchanged. Most townships have had a resource centre for years,
 * some since 2024 or 2025, a few none yet; most special schools have both departments, a few lack
 * the vocational one.
 */
function milestoneAttributes(
  p: LaidOutInstitution,
  ys: readonly number[],
  hosts: ReadonlySet<string>,
  r: Rng,
  out: AttributeRecord[],
): void {
  const code = p.institution.code;
  const type = p.institution.runningType;
  const prog = p.county.progress;
  if (COMPULSORY.has(type)) {
    if (p.setting === 'seat') {
      emit(
        code,
        'townshipSeat',
        ys.map((y) => ({ year: y, value: true })),
        (v) => !v,
        r,
        out,
      );
      const s0 = p.quality + r.normal(0, 0.12);
      const gain = 0.025 + 0.05 * prog;
      const series: Series<'conditionsClass'> = ys.map((y) => ({
        year: y,
        value: conditionsClassOf(s0 + gain * Math.max(0, y - 2019)),
      }));
      emit(code, 'conditionsClass', series, (v) => (v === 'classII' ? 'belowClassII' : 'classII'), r, out);
    }
    if (hosts.has(code)) {
      const u = r.float();
      const never = 0.05 + 0.1 * (1 - prog);
      const from =
        u < never
          ? Infinity
          : u < never + 0.06 + 0.08 * (1 - prog)
            ? 2025
            : u < never + 0.22
              ? 2024
              : r.int(2019, 2023);
      emit(
        code,
        'resourceCentre',
        ys.map((y) => ({ year: y, value: y >= from })),
        (v) => !v,
        r,
        out,
      );
    }
  }
  if (SPECIAL_TYPES.has(type)) {
    const pre = r.chance(0.55 + 0.3 * prog)
      ? r.int(2019, 2023)
      : r.chance(0.6)
        ? r.int(2024, 2025)
        : Infinity;
    const voc = r.chance(0.35 + 0.3 * prog) ? r.int(2019, 2024) : r.chance(0.5) ? 2025 : Infinity;
    emit(
      code,
      'preschoolDepartment',
      ys.map((y) => ({ year: y, value: y >= pre })),
      (v) => !v,
      r,
      out,
    );
    emit(
      code,
      'vocationalDepartment',
      ys.map((y) => ({ year: y, value: y >= voc })),
      (v) => !v,
      r,
      out,
    );
  }
}

export function generateAttributes(
  plans: readonly LaidOutInstitution[],
  years: Years,
  rng: Rng,
): AttributeRecord[] {
  const out: AttributeRecord[] = [];
  const hosts = resourceCentreHosts(plans);
  for (const p of plans) {
    const r = rng.fork(`attr:${p.institution.code}`);
    const ys = activeYears(p, years);
    if (ys.length === 0) continue;
    const code = p.institution.code;
    const prog = p.county.progress;
    const type = p.institution.runningType;

    if (type === '111') {
      // Yearly gains from the city's class-1 batches; new kindergartens start at class 2 or above.
      const gain = 0.006 + 0.026 * prog + r.normal(0, 0.006);
      let score = p.quality + r.normal(0, 0.05);
      if (p.isNew) score = Math.max(score, 0.4);
      let downgraded = 0;
      const series: Series<'kgClass'> = [];
      for (const y of ys) {
        const s = score + gain * Math.max(0, y - 2019) - downgraded;
        let cls = kgClassOf(s);
        // 双随机 re-inspection from 2023 now and then downgrades a class-1 kindergarten.
        if (y >= 2023 && cls === 'class1' && r.chance(0.012)) {
          downgraded += 0.12;
          cls = kgClassOf(s - 0.12);
        }
        series.push({ year: y, value: cls });
      }
      emit(
        code,
        'kgClass',
        series,
        (v) => (v === 'unrated' ? 'class3' : KG_ORDER[KG_ORDER.indexOf(v) - 1]!),
        r,
        out,
      );
    }

    if (type === '211' || type === '218' || type === '311' || type === '312') {
      const start = 2022 + (prog < 0.5 ? 1 : 0);
      const t = 2020.5 + 1.6 * (1 - prog) + 3.5 * (1 - p.quality) + r.normal(0, 1.9);
      const join = Math.max(start, Math.ceil(t));
      emit(
        code,
        'strongSchoolProgramme',
        ys.map((y) => ({ year: y, value: y >= join })),
        (v) => !v,
        r,
        out,
      );
    }

    if (type === '341' || type === '342' || type === '345') {
      const evalAt = Math.max(2022, Math.ceil(2024.45 + 1.4 * (0.5 - prog) + r.normal(0, 0.9)));
      emit(
        code,
        'highSchoolEvaluationCompleted',
        ys.map((y) => ({ year: y, value: y >= evalAt })),
        (v) => !v,
        r,
        out,
      );

      const h0 = p.quality + r.normal(0, 0.08);
      const hGain = 0.01 + 0.024 * prog;
      const subjects = r.shuffle(subjectPool());
      const bases: SubjectBase[] = [];
      const featured: Series<'featuredHighSchool'> = [];
      const baseSeries: Series<'subjectBases'> = [];
      for (const y of ys) {
        const h = h0 + hGain * Math.max(0, y - 2019);
        const f: FeaturedHighSchool = h >= 0.88 ? 'provincial' : h >= 0.64 ? 'city' : 'none';
        featured.push({ year: y, value: f });
        const want = Math.max(0, Math.min(3, Math.floor((h - 0.52) / 0.12)));
        while (bases.length < want)
          bases.push({ level: h >= 0.8 ? 'provincial' : 'city', subject: subjects[bases.length]! });
        baseSeries.push({ year: y, value: bases.map((b) => ({ ...b })) });
      }
      emit(code, 'featuredHighSchool', featured, (v) => (v === 'none' ? 'city' : 'none'), r, out);
      emit(
        code,
        'subjectBases',
        baseSeries,
        (v) => (v.length > 0 ? v.slice(0, -1) : [{ level: 'city', subject: subjects[0]! }]),
        r,
        out,
      );
    }

    if (type === '511' || type === '512' || type === '513' || type === '514') {
      const firstEval = r.chance(0.75) ? 2019 : 2020;
      const s0 = p.quality - 0.4 + 0.3 * (prog - 0.5) + r.normal(0, 0.1);
      const gain = 0.03 + 0.05 * prog;
      const series: Series<'specialEdEvaluation'> = ys.map((y) => {
        const v: SpecialEdEvaluation =
          y < firstEval ? 'notEvaluated' : s0 + gain * Math.max(0, y - 2019) >= 0.02 ? 'passed' : 'failed';
        return { year: y, value: v };
      });
      emit(code, 'specialEdEvaluation', series, (v) => (v === 'passed' ? 'failed' : 'passed'), r, out);
    }
    milestoneAttributes(p, ys, hosts, rng.fork(`milestone-attr:${code}`), out);
  }
  return out;
}
