/**
 * Lays out the institutions of each county: how many of each running type (in proportion to
 * population, calibrated to jining-calibration.md §3c), their names, places, ownership, urban–rural
 * codes and lifecycle (openings, closures of private kindergartens, merging of teaching points).
 */
import type { CountyKind, Ownership, RunningType, UrbanRural } from '../domain/registry/registry.types.ts';
import type { GradeCode, Stage } from '../domain/statistics/statistics.types.ts';
import { GRADES_BY_STAGE } from './births.ts';
import type { CountyCtx, LaidOutInstitution, Role, Setting, Tier, TownshipCtx } from './demo.types.ts';
import { KG_BRANDS, SCHOOL_BRANDS, URBAN_PLACES, chineseNumber } from './names.ts';
import { type Rng, apportion } from './rng.ts';

/** Jining 2025 targets (counts per 824.05 万 residents), from jining-calibration.md §3c and the brief. */
const PER_JINING = 1 / 824.05;
export const RATES = {
  kindergarten: 1800 * PER_JINING,
  primary: 550 * PER_JINING,
  teachingPoint: 150 * PER_JINING,
  junior: 270 * PER_JINING,
  senior: 64 * PER_JINING,
  complete: 4 * PER_JINING,
  twelveYear: 1.5 * PER_JINING,
  special: 13 * PER_JINING,
};

/** Shares of the 2025 count that opened during the period or closed/merged before 2025. */
const KG_NEW_SHARE = 0.06;
const KG_CLOSE_SHARE = 0.14;
const KG_NON_PUBLIC_SHARE_2019 = 0.45;
const PRIMARY_NEW_SHARE = 0.025;
const TEACHING_POINT_MERGE_SHARE = 0.73;
const JUNIOR_NEW_SHARE = 0.03;

export interface CountyCounts {
  kindergarten: number;
  primary: number;
  teachingPoint: number;
  junior: number;
  senior: number;
  /** Running types of the senior slots after the first (341/342/345), filled in by `layoutCounts`. */
  seniorTypes: RunningType[];
  special: RunningType[];
}

export interface Years {
  from: number;
  to: number;
  /** Years new institutions may open in. */
  newYears: number[];
  /** Years private kindergartens may close in (births falling from 2021). */
  closeYears: number[];
  /** Years teaching points may be merged in. */
  mergeYears: number[];
}

export function yearsOf(from: number, to: number): Years {
  const range = (a: number, b: number): number[] => {
    const out: number[] = [];
    for (let y = a; y <= b; y++) out.push(y);
    return out;
  };
  return {
    from,
    to,
    newYears: range(from + 1, to),
    closeYears: range(Math.max(2021, from + 1), to),
    mergeYears: range(Math.max(2020, from + 1), to),
  };
}

/** Counts per county: proportional to population, at least one senior high and one special school per real county. */
export function layoutCounts(counties: readonly CountyCtx[], rng: Rng): CountyCounts[] {
  const pops = counties.map((c) => c.input.population10k);
  const total = pops.reduce((a, b) => a + b, 0);
  const real = counties.map((c) => c.kind !== 'zone');
  const nReal = real.filter(Boolean).length;
  const byPop = (rate: number): number[] => apportion(Math.round(rate * total), pops);
  const kg = byPop(RATES.kindergarten);
  const primary = byPop(RATES.primary);
  const tp = byPop(RATES.teachingPoint);
  const junior = byPop(RATES.junior);

  const seniorTotal = Math.round(RATES.senior * total);
  const seniorExtra = apportion(Math.max(0, seniorTotal - nReal), pops);
  const senior = counties.map((_, i) => (real[i] ? 1 : 0) + seniorExtra[i]!);

  const counts: CountyCounts[] = counties.map((_, i) => ({
    kindergarten: kg[i]!,
    primary: primary[i]!,
    teachingPoint: tp[i]!,
    junior: junior[i]!,
    senior: senior[i]!,
    seniorTypes: new Array<RunningType>(Math.max(0, senior[i]! - 1)).fill('342'),
    special: [],
  }));

  // Complete (341) and twelve-year (345) schools among the non-first senior slots of the whole call.
  const slots: { county: number; slot: number }[] = [];
  counts.forEach((c, i) => c.seniorTypes.forEach((_, s) => slots.push({ county: i, slot: s })));
  const picked = rng.shuffle(slots);
  const n341 = Math.round(RATES.complete * total);
  const n345 = Math.max(1, Math.round(RATES.twelveYear * total));
  picked.slice(0, n341).forEach((p) => (counts[p.county]!.seniorTypes[p.slot] = '341'));
  picked.slice(n341, n341 + n345).forEach((p) => (counts[p.county]!.seniorTypes[p.slot] = '345'));

  // Special schools: one 培智 (513) per real county; extras in the largest counties.
  const specialTotal = Math.max(nReal, Math.round(RATES.special * total));
  counties.forEach((c, i) => {
    if (real[i]) counts[i]!.special.push('513');
  });
  const bySize = counties
    .map((c, i) => ({ c, i }))
    .filter((x) => real[x.i])
    .sort((a, b) => b.c.input.population10k - a.c.input.population10k || a.i - b.i);
  let extras = specialTotal - nReal;
  const citySeat = counties.findIndex((c) => c.cityForSpecial !== null);
  if (extras > 0 && citySeat >= 0) {
    counts[citySeat]!.special.push('514');
    extras--;
  }
  const cycle: RunningType[] = ['512', '511', '513', '514'];
  const others = citySeat >= 0 ? bySize.filter((x) => x.i !== citySeat) : bySize;
  for (let k = 0; k < extras; k++) {
    const target = others[k % Math.max(1, others.length)] ?? bySize[0];
    if (target) counts[target.i]!.special.push(cycle[k % cycle.length]!);
  }
  return counts;
}

function urbanRuralFor(kind: CountyKind, tier: Tier, setting: Setting, rng: Rng): UrbanRural {
  const cityLike = kind !== 'county';
  if (setting === 'county')
    return cityLike ? (rng.chance(0.85) ? '111' : '112') : rng.chance(0.85) ? '121' : '122';
  switch (tier) {
    case 'core':
      if (setting === 'village') return cityLike ? '112' : '122';
      return cityLike ? (rng.chance(0.75) ? '111' : '112') : rng.chance(0.75) ? '121' : '122';
    case 'outer':
      if (setting === 'village') return '220';
      return cityLike ? '112' : '122';
    case 'town':
      if (setting === 'village') return '220';
      return rng.chance(0.8) ? '121' : '122';
    case 'xiang':
      return setting === 'village' ? '220' : '210';
    case 'other':
      return '123';
  }
}

interface Draft {
  runningType: RunningType;
  ownership: Ownership;
  township: TownshipCtx;
  setting: Setting;
  role: Role;
  name: string;
  weights: Partial<Record<Stage, number>>;
  founded: [number, number];
  isNew?: boolean;
  quality: number;
}

function gradesOf(type: RunningType, rng: Rng): GradeCode[] {
  switch (type) {
    case '111':
      return [...GRADES_BY_STAGE.preschool];
    case '211':
      return [...GRADES_BY_STAGE.primary];
    case '218': {
      const top = rng.float();
      return GRADES_BY_STAGE.primary.slice(0, top < 0.15 ? 2 : top < 0.65 ? 3 : 4);
    }
    case '311':
      return [...GRADES_BY_STAGE.junior];
    case '312':
      return [...GRADES_BY_STAGE.primary, ...GRADES_BY_STAGE.junior];
    case '341':
      return [...GRADES_BY_STAGE.junior, ...GRADES_BY_STAGE.senior];
    case '342':
      return [...GRADES_BY_STAGE.senior];
    case '345':
      return [...GRADES_BY_STAGE.primary, ...GRADES_BY_STAGE.junior, ...GRADES_BY_STAGE.senior];
    default:
      return ['SE'];
  }
}

const villageCun = (v: string): string => (v.endsWith('村') ? v : `${v}村`);

/** Picks a township by tier weights (falls back to any township). */
function pickTownship(ctx: CountyCtx, rng: Rng, weights: Partial<Record<Tier, number>>): TownshipCtx {
  let total = 0;
  for (const t of ctx.townships) total += weights[t.tier] ?? 0;
  if (total <= 0) return rng.pick(ctx.townships);
  let r = rng.float() * total;
  for (const t of ctx.townships) {
    r -= weights[t.tier] ?? 0;
    if (r < 0) return t;
  }
  return ctx.townships[ctx.townships.length - 1]!;
}

/** Plans every institution of one county (codes are assigned later). */
export function layOutCounty(
  ctx: CountyCtx,
  counts: CountyCounts,
  years: Years,
  rng: Rng,
): LaidOutInstitution[] {
  const names = ctx.names;
  const P = ctx.prefix;
  const pop = ctx.input.population10k;
  const towns = ctx.townships.filter((t) => t.tier === 'town' || t.tier === 'xiang');
  const streets = ctx.townships.filter((t) => t.tier === 'core' || t.tier === 'outer');
  const cores = ctx.townships.filter((t) => t.tier === 'core');
  const seatTownship = (): TownshipCtx =>
    cores.length > 0 ? rng.pick(cores) : (streets[0] ?? ctx.townships[0]!);
  const placeName = (head: string, tail: string): string =>
    names.claim(rng.shuffle(URBAN_PLACES).map((w) => `${head}${w}${tail}`));
  const brandName = (head: string, pool: readonly string[], tail: string): string =>
    names.claim(rng.shuffle(pool).map((w) => `${head}${w}${tail}`));
  const q = (base: number, sd = 0.12): number => base + rng.normal(0, sd) + 0.12 * (ctx.progress - 0.5);
  const drafts: Draft[] = [];
  const add = (d: Draft): Draft => {
    drafts.push(d);
    return d;
  };

  // ---- Senior high schools first, so they take 第一中学, 第二中学 … before junior schools.
  const seniorSlots: RunningType[] = counts.senior > 0 ? ['342', ...counts.seniorTypes] : [];
  seniorSlots.forEach((type, s) => {
    if (s === 0) {
      add({
        runningType: '342',
        ownership: 'public',
        township: seatTownship(),
        setting: 'county',
        role: 'first',
        name: names.claim([`${ctx.highPrefix}第${chineseNumber(names.next('中学'))}中学`]),
        weights: { senior: 4200 },
        founded: [1902, 1956],
        quality: q(0.78),
      });
      return;
    }
    const inTown = towns.length > 0 && rng.chance(0.2);
    const township = inTown ? rng.pick(towns) : seatTownship();
    const setting: Setting = inTown ? 'seat' : 'county';
    if (type === '341') {
      add({
        runningType: '341',
        ownership: 'public',
        township,
        setting,
        role: 'numbered',
        name: names.claim([`${ctx.highPrefix}第${chineseNumber(names.next('中学'))}中学`]),
        weights: { junior: 800, senior: 1500 },
        founded: [1956, 1985],
        quality: q(0.38),
      });
    } else if (type === '345') {
      const priv = rng.chance(0.8);
      add({
        runningType: '345',
        ownership: priv ? 'private' : 'public',
        township: seatTownship(),
        setting: 'county',
        role: priv ? 'private' : 'urban',
        name: priv
          ? brandName(P, SCHOOL_BRANDS, '外国语学校')
          : names.claim([`${P}实验学校`, `${P}第二实验学校`]),
        weights: { primary: 700, junior: 600, senior: 700 },
        founded: [2005, 2016],
        quality: q(0.45),
      });
    } else if (rng.chance(0.1)) {
      add({
        runningType: '342',
        ownership: 'private',
        township: seatTownship(),
        setting: 'county',
        role: 'private',
        name: brandName(P, SCHOOL_BRANDS, '高级中学'),
        weights: { senior: 1500 },
        founded: [2000, 2016],
        quality: q(0.32),
      });
    } else {
      add({
        runningType: '342',
        ownership: 'public',
        township,
        setting,
        role: 'numbered',
        name: names.claim([`${ctx.highPrefix}第${chineseNumber(names.next('中学'))}中学`]),
        weights: { senior: inTown ? 2200 : 2800 },
        founded: [1950, 2005],
        quality: q(0.42),
      });
    }
  });

  // ---- Special-education schools.
  counts.special.forEach((type, s) => {
    const city = type === '514' && ctx.cityForSpecial !== null && s > 0 ? ctx.cityForSpecial : null;
    const name =
      city !== null
        ? names.claim([`${city}特殊教育学校`])
        : type === '513'
          ? names.claim([`${P}特殊教育学校`, `${P}启智学校`, `${P}培智学校`])
          : type === '512'
            ? names.claim([`${P}聋哑学校`, `${P}聋人学校`])
            : type === '511'
              ? names.claim([`${P}盲童学校`, `${P}盲人学校`])
              : names.claim([`${P}特殊教育中心`, `${P}特殊教育学校`]);
    add({
      runningType: type,
      ownership: 'public',
      township: seatTownship(),
      setting: 'county',
      role: city !== null ? 'citySpecial' : 'special',
      name,
      weights: { special: city !== null ? 520 : type === '513' ? 280 : type === '512' ? 200 : 140 },
      founded: city !== null ? [1978, 1990] : [1985, 2012],
      quality: q(city !== null ? 0.7 : 0.45, 0.2),
    });
  });

  const taken = (n: number): number => (years.newYears.length > 0 ? Math.round(n) : 0);

  // ---- Kindergartens.
  const kgNew = taken(KG_NEW_SHARE * counts.kindergarten);
  const kgClose = years.closeYears.length > 0 ? Math.round(KG_CLOSE_SHARE * counts.kindergarten) : 0;
  const kgBase = Math.max(0, counts.kindergarten - kgNew + kgClose);
  const kgNonPublic = Math.min(kgBase, Math.max(kgClose, Math.round(KG_NON_PUBLIC_SHARE_2019 * kgBase)));
  const kgPublic = kgBase - kgNonPublic;
  {
    const nExp = Math.min(4, 1 + Math.floor(pop / 35));
    const expNames = ['实验幼儿园', '机关幼儿园', '第二实验幼儿园', '第三实验幼儿园'];
    const priority: (() => Draft)[] = [];
    const exp = (k: number) => (): Draft => ({
      runningType: '111',
      ownership: 'public',
      township: seatTownship(),
      setting: 'county',
      role: 'experimental',
      name: names.claim([`${P}${expNames[k]!}`]),
      weights: { preschool: 420 },
      founded: [1955, 2005],
      quality: q(0.86),
    });
    priority.push(exp(0));
    for (const t of towns)
      priority.push(() => ({
        runningType: '111',
        ownership: 'public',
        township: t,
        setting: 'seat',
        role: 'central',
        name: names.claim([`${t.name}中心幼儿园`]),
        weights: { preschool: 240 },
        founded: [1985, 2015],
        quality: q(0.6),
      }));
    for (const t of streets)
      priority.push(() => ({
        runningType: '111',
        ownership: 'public',
        township: t,
        setting: 'seat',
        role: 'street',
        name: names.claim([`${t.name}中心幼儿园`]),
        weights: { preschool: 280 },
        founded: [1990, 2016],
        quality: q(0.64),
      }));
    for (let k = 1; k < nExp; k++) priority.push(exp(k));
    for (let i = 0; i < kgPublic; i++) {
      const first = priority[i];
      if (first) {
        add(first());
        continue;
      }
      const t = pickTownship(ctx, rng, { core: 1.2, outer: 1.0, town: 1.0, xiang: 0.8, other: 0.2 });
      const urban = t.tier === 'core' || t.tier === 'other' || (t.tier === 'outer' && rng.chance(0.5));
      if (urban) {
        add({
          runningType: '111',
          ownership: 'public',
          township: t,
          setting: 'seat',
          role: 'community',
          name: placeName(P, '幼儿园'),
          weights: { preschool: 220 },
          founded: [2005, 2018],
          quality: q(0.58),
        });
      } else if ((t.tier === 'town' || t.tier === 'xiang') && rng.chance(0.12)) {
        add({
          runningType: '111',
          ownership: 'public',
          township: t,
          setting: 'seat',
          role: 'secondCentral',
          name: names.claim([`${t.name}第二中心幼儿园`, `${t.name}第三中心幼儿园`, `${t.name}实验幼儿园`]),
          weights: { preschool: 150 },
          founded: [2008, 2018],
          quality: q(0.5),
        });
      } else {
        add({
          runningType: '111',
          ownership: 'public',
          township: t,
          setting: 'village',
          role: 'village',
          name: names.claim([`${t.name}${villageCun(names.village(rng))}幼儿园`]),
          weights: { preschool: 70 },
          founded: [2008, 2018],
          quality: q(0.36),
        });
      }
    }
    for (let i = 0; i < kgNonPublic; i++) {
      const t = pickTownship(ctx, rng, { core: 1.6, outer: 1.0, town: 0.8, xiang: 0.5, other: 0.3 });
      const village =
        (t.tier === 'outer' && rng.chance(0.3)) ||
        ((t.tier === 'town' || t.tier === 'xiang') && rng.chance(0.4));
      const inclusive = rng.chance(0.57);
      const head = t.tier === 'core' || t.tier === 'other' ? P : t.name.replace(/(街道|镇|乡)$/, '');
      add({
        runningType: '111',
        ownership: inclusive ? 'inclusivePrivate' : 'private',
        township: t,
        setting: village ? 'village' : 'seat',
        role: 'private',
        name: brandName(head, KG_BRANDS, '幼儿园'),
        weights: { preschool: village ? 70 : t.tier === 'core' ? 190 : 140 },
        founded: [2000, 2018],
        quality: q(inclusive ? 0.46 : 0.32),
      });
    }
    for (let i = 0; i < kgNew; i++) {
      const t = pickTownship(ctx, rng, { core: 3, outer: 1.2, town: 0.5, xiang: 0.2, other: 0.1 });
      const town = t.tier === 'town' || t.tier === 'xiang';
      add({
        runningType: '111',
        ownership: 'public',
        township: t,
        setting: 'seat',
        role: 'community',
        name: town
          ? names.claim([`${t.name}第二中心幼儿园`, `${t.name}第三中心幼儿园`, `${t.name}实验幼儿园`])
          : placeName(P, '幼儿园'),
        weights: { preschool: 200 },
        founded: [0, 0],
        isNew: true,
        quality: Math.max(0.56, q(0.62)),
      });
    }
  }

  // ---- Primary schools (211).
  const pNew = taken(PRIMARY_NEW_SHARE * counts.primary);
  const pBase = Math.max(0, counts.primary - pNew);
  const pPrivate = Math.round(0.04 * pBase);
  {
    const nExp = Math.min(5, 1 + Math.floor(pop / 30));
    const exp = (k: number) => (): Draft => ({
      runningType: '211',
      ownership: 'public',
      township: seatTownship(),
      setting: 'county',
      role: 'experimental',
      name: names.claim([`${P}${k === 0 ? '' : `第${chineseNumber(k + 1)}`}实验小学`]),
      weights: { primary: 2600 },
      founded: k === 0 ? [1905, 1960] : [1980, 2012],
      quality: q(0.82),
    });
    const priority: (() => Draft)[] = [exp(0)];
    for (const t of towns)
      priority.push(() => ({
        runningType: '211',
        ownership: 'public',
        township: t,
        setting: 'seat',
        role: 'central',
        name: names.claim([`${t.name}中心小学`]),
        weights: { primary: 1000 },
        founded: [1950, 1985],
        quality: q(0.55),
      }));
    for (const t of streets)
      priority.push(() =>
        t.tier === 'outer'
          ? {
              runningType: '211',
              ownership: 'public',
              township: t,
              setting: 'seat',
              role: 'central',
              name: names.claim([`${t.name}中心小学`]),
              weights: { primary: 1000 },
              founded: [1950, 1990],
              quality: q(0.58),
            }
          : {
              runningType: '211',
              ownership: 'public',
              township: t,
              setting: 'seat',
              role: 'urban',
              name: placeName(P, '小学'),
              weights: { primary: 1700 },
              founded: [1960, 2012],
              quality: q(0.66),
            },
      );
    for (let k = 1; k < nExp; k++) priority.push(exp(k));
    const nPublic = pBase - pPrivate;
    for (let i = 0; i < nPublic; i++) {
      const first = priority[i];
      if (first) {
        add(first());
        continue;
      }
      const t = pickTownship(ctx, rng, { core: 1.0, outer: 1.0, town: 1.3, xiang: 1.0, other: 0.2 });
      const rural = t.tier === 'town' || t.tier === 'xiang' || (t.tier === 'outer' && rng.chance(0.5));
      if (!rural) {
        add({
          runningType: '211',
          ownership: 'public',
          township: t,
          setting: 'seat',
          role: 'urban',
          name: placeName(P, '小学'),
          weights: { primary: 1500 },
          founded: [1970, 2015],
          quality: q(0.62),
        });
      } else if (t.tier !== 'outer' && rng.chance(0.2) && !names.has(`${t.name}第二中心小学`)) {
        add({
          runningType: '211',
          ownership: 'public',
          township: t,
          setting: 'seat',
          role: 'secondCentral',
          name: names.claim([`${t.name}第二中心小学`]),
          weights: { primary: 650 },
          founded: [1955, 1990],
          quality: q(0.48),
        });
      } else {
        add({
          runningType: '211',
          ownership: 'public',
          township: t,
          setting: 'village',
          role: 'village',
          name: names.claim([`${t.name.replace(/(街道|镇|乡)$/, '')}${names.village(rng)}小学`]),
          weights: { primary: 320 },
          founded: [1950, 1995],
          quality: q(0.36),
        });
      }
    }
    for (let i = 0; i < pPrivate; i++) {
      add({
        runningType: '211',
        ownership: 'private',
        township: cores.length > 0 || streets.length > 0 ? seatTownship() : rng.pick(ctx.townships),
        setting: 'county',
        role: 'private',
        name: brandName(P, SCHOOL_BRANDS, '小学'),
        weights: { primary: 1100 },
        founded: [2000, 2016],
        quality: q(0.45),
      });
    }
    for (let i = 0; i < pNew; i++) {
      const t = pickTownship(ctx, rng, { core: 3, outer: 1, town: 0.3, other: 0.1 });
      add({
        runningType: '211',
        ownership: 'public',
        township: t,
        setting: 'seat',
        role: 'urban',
        name: placeName(P, '小学'),
        weights: { primary: 1300 },
        founded: [0, 0],
        isNew: true,
        quality: Math.max(0.55, q(0.64)),
      });
    }
  }

  // ---- Teaching points (218).
  const tpMerge =
    years.mergeYears.length > 0 ? Math.round(TEACHING_POINT_MERGE_SHARE * counts.teachingPoint) : 0;
  const tpBase = counts.teachingPoint + tpMerge;
  {
    const outer = ctx.townships.filter((t) => t.tier === 'outer');
    const pool = towns.length > 0 ? towns : outer.length > 0 ? outer : ctx.townships;
    for (let i = 0; i < tpBase; i++) {
      const t = rng.pick(pool);
      add({
        runningType: '218',
        ownership: 'public',
        township: t,
        setting: 'village',
        role: 'teachingPoint',
        name: names.claim([`${villageCun(names.village(rng))}小学（教学点）`]),
        weights: { primary: 90 },
        founded: [1950, 1985],
        quality: q(0.15, 0.08),
      });
    }
  }

  // ---- Junior (311) and nine-year (312) schools.
  const jNew = taken(JUNIOR_NEW_SHARE * counts.junior);
  const jBase = Math.max(0, counts.junior - jNew);
  const jPrivate = Math.round(0.06 * jBase);
  {
    const nNumbered = 1 + Math.floor(pop / 25);
    const numbered = (): Draft => ({
      runningType: '311',
      ownership: 'public',
      township: seatTownship(),
      setting: 'county',
      role: 'numbered',
      name: names.claim([`${P}第${chineseNumber(names.next(ctx.highPrefix === P ? '中学' : '初中'))}中学`]),
      weights: { junior: 2000 },
      founded: [1950, 1995],
      quality: q(0.62),
    });
    const priority: (() => Draft)[] = [numbered];
    for (const t of towns)
      priority.push(() =>
        rng.chance(0.62)
          ? {
              runningType: '311',
              ownership: 'public',
              township: t,
              setting: 'seat',
              role: 'town',
              name: names.claim([`${t.name}中学`, `${t.name}第一中学`]),
              weights: { junior: 1100 },
              founded: [1956, 1985],
              quality: q(0.5),
            }
          : {
              runningType: '312',
              ownership: 'public',
              township: t,
              setting: 'seat',
              role: 'town',
              name: names.claim([`${t.name}中心学校`, `${t.name}学校`]),
              weights: { primary: 450, junior: 550 },
              founded: [1995, 2015],
              quality: q(0.5),
            },
      );
    priority.push(() => ({
      runningType: '311',
      ownership: 'public',
      township: seatTownship(),
      setting: 'county',
      role: 'experimental',
      name: names.claim([`${P}实验中学`, `${P}第二实验中学`]),
      weights: { junior: 1800 },
      founded: [1960, 2010],
      quality: q(0.78),
    }));
    for (let k = 1; k < nNumbered; k++) priority.push(numbered);
    const nPublic = jBase - jPrivate;
    for (let i = 0; i < nPublic; i++) {
      const first = priority[i];
      if (first) {
        add(first());
        continue;
      }
      const t = pickTownship(ctx, rng, { core: 1.2, outer: 0.8, town: 1.0, xiang: 0.8, other: 0.2 });
      const rural = t.tier === 'town' || t.tier === 'xiang';
      if (!rural) {
        add(
          rng.chance(0.5)
            ? {
                runningType: '312',
                ownership: 'public',
                township: t,
                setting: 'seat',
                role: 'urban',
                name: placeName(P, '学校'),
                weights: { primary: 1300, junior: 900 },
                founded: [1995, 2016],
                quality: q(0.6),
              }
            : numbered(),
        );
      } else if (rng.chance(0.7)) {
        add({
          runningType: '312',
          ownership: 'public',
          township: t,
          setting: 'village',
          role: 'village',
          name: names.claim([`${t.name.replace(/(街道|镇|乡)$/, '')}${names.village(rng)}学校`]),
          weights: { primary: 380, junior: 320 },
          founded: [1995, 2015],
          quality: q(0.4),
        });
      } else {
        add({
          runningType: '311',
          ownership: 'public',
          township: t,
          setting: 'seat',
          role: 'town',
          name: names.claim([`${t.name}第二中学`, `${t.name}第三中学`, `${t.name}实验中学`]),
          weights: { junior: 800 },
          founded: [1960, 1995],
          quality: q(0.45),
        });
      }
    }
    for (let i = 0; i < jPrivate; i++) {
      const nine = rng.chance(0.6);
      add({
        runningType: nine ? '312' : '311',
        ownership: 'private',
        township: seatTownship(),
        setting: 'county',
        role: 'private',
        name: brandName(P, SCHOOL_BRANDS, nine ? '学校' : '中学'),
        weights: nine ? { primary: 900, junior: 700 } : { junior: 1000 },
        founded: [2000, 2016],
        quality: q(0.48),
      });
    }
    for (let i = 0; i < jNew; i++) {
      const nine = rng.chance(0.6);
      const t = pickTownship(ctx, rng, { core: 3, outer: 1, town: 0.3, other: 0.1 });
      add({
        runningType: nine ? '312' : '311',
        ownership: 'public',
        township: t,
        setting: 'seat',
        role: 'urban',
        name: placeName(P, nine ? '学校' : '中学'),
        weights: nine ? { primary: 1100, junior: 800 } : { junior: 1300 },
        founded: [0, 0],
        isNew: true,
        quality: Math.max(0.55, q(0.64)),
      });
    }
  }

  // ---- Turn drafts into laid-out institutions with places, years and sizes.
  const laidOut = drafts.map((d) => toLaidOut(ctx, d, years, rng));

  // Private kindergartens close as births fall (from 2021); small private ones first.
  const nonPublicKg = laidOut.filter(
    (p) => p.institution.runningType === '111' && p.institution.ownership !== 'public',
  );
  const closing = rng.weightedSample(
    nonPublicKg,
    kgClose,
    (p) => (p.institution.ownership === 'private' ? 3 : 1) * (p.setting === 'village' ? 1.5 : 1),
  );
  const lateYears = years.closeYears;
  for (const p of closing) {
    p.endYear =
      lateYears[Math.min(lateYears.length - 1, Math.floor(Math.pow(rng.float(), 0.8) * lateYears.length))]!;
    p.endKind = 'closed';
  }

  // Teaching points merge into the township's central primary school.
  const tps = laidOut.filter((p) => p.institution.runningType === '218');
  const merging = rng.weightedSample(tps, tpMerge, (p) => 1 / Math.max(1, p.weights.primary ?? 1));
  const primaries = laidOut.filter(
    (p) => p.institution.runningType === '211' && !p.isNew && p.institution.ownership === 'public',
  );
  for (const p of merging) {
    const inTownship = primaries.filter((x) => x.township.code === p.township.code);
    const target =
      inTownship.find((x) => x.role === 'central') ??
      inTownship[0] ??
      primaries.find((x) => x.role === 'central') ??
      primaries[0];
    p.endYear = rng.pick(years.mergeYears);
    if (target) {
      p.endKind = 'mergedInto';
      p.mergeTarget = target;
      target.absorbed.push({ year: p.endYear, stage: 'primary', weight: p.weights.primary ?? 0 });
    } else {
      p.endKind = 'closed';
    }
  }
  return laidOut;
}

function toLaidOut(ctx: CountyCtx, d: Draft, years: Years, rng: Rng): LaidOutInstitution {
  const t = d.township;
  let point: [number, number];
  if (d.setting === 'county') point = ctx.area.pointNear(rng, ctx.seat, 0.016);
  else if (d.setting === 'seat') point = ctx.area.pointNear(rng, t.centre, t.tier === 'core' ? 0.007 : 0.006);
  else point = ctx.area.pointNear(rng, t.centre, 0.03);
  const openYear = d.isNew
    ? rng.pick(years.newYears)
    : Math.min(years.from - 1, rng.int(d.founded[0], d.founded[1]));
  const size = rng.lognormal(d.runningType === '218' ? 0.35 : 0.28);
  const weights: Partial<Record<Stage, number>> = {};
  for (const [stage, w] of Object.entries(d.weights) as [Stage, number][]) weights[stage] = w * size;
  const urban = d.setting === 'county' || t.tier === 'core' || (t.tier === 'outer' && d.setting === 'seat');
  const trend =
    d.runningType === '218'
      ? 0.92
      : d.setting === 'village'
        ? 0.96
        : urban
          ? 1.025
          : t.tier === 'other'
            ? 0.99
            : 1.0;
  const compulsory = d.weights.primary !== undefined || d.weights.junior !== undefined;
  const crowdP = urban
    ? 0.08 + 0.25 * (1 - ctx.progress)
    : d.role === 'central' || d.role === 'town'
      ? 0.08
      : 0;
  const crowd = compulsory && d.runningType !== '218' && rng.chance(crowdP) ? rng.range(9, 21) : 0;
  const classTarget =
    d.runningType === '111'
      ? (d.setting === 'village' ? 0.72 : 0.85) +
        rng.range(-0.08, 0.12) +
        (urban && rng.chance(0.15) ? 0.2 : 0)
      : d.runningType === '218'
        ? 45
        : d.setting === 'village'
          ? rng.range(30, 42)
          : urban
            ? rng.range(42, 48)
            : rng.range(40, 46);
  return {
    institution: {
      code: '',
      name: d.name,
      runningType: d.runningType,
      ownership: d.ownership,
      urbanRural: urbanRuralFor(ctx.kind, t.tier, d.setting, rng),
      townshipCode: t.code,
      countyCode: ctx.input.code,
      longitude: point[0],
      latitude: point[1],
    },
    county: ctx,
    township: t,
    setting: d.setting,
    role: d.role,
    openYear,
    endYear: null,
    endKind: null,
    mergeTarget: null,
    isNew: d.isNew === true,
    weights,
    grades: gradesOf(d.runningType, rng),
    trend,
    quality: Math.min(1, Math.max(0, d.quality)),
    crowd,
    classTarget,
    absorbed: [],
  };
}
