/**
 * Deterministic synthetic demo data: the autumn statistics of a city's (or a synthetic province's)
 * schools and kindergartens over several school years, calibrated to data/jining-calibration.md.
 * Pure: randomness comes only from `options.seed` (pure-rand), no clock, no I/O.
 *
 * Shape of the data (see the brief in docs and the tests):
 * - counts per running type in proportion to population (Jining 2025: ≈1,800 kindergartens, ≈550
 *   primary schools + ≈150 teaching points, ≈270 junior/nine-year, 64 senior high, 13 special);
 * - enrolment follows the births curve (births.ts): kindergartens peak ≈2020, primary ≈2023;
 * - lifecycle: new public kindergartens and urban schools open, private kindergartens close from
 *   2021, rural teaching points merge into the township central primary school;
 * - counties carry a `progress` factor, so the headline targets T1–T7 lead and lag by county.
 */
import type { CountyKind, LifecycleEvent } from '../domain/registry/registry.types.ts';
import { generateAttributes } from './demo.attributes.ts';
import { layoutCounts, layOutCounty, yearsOf } from './demo.layout.ts';
import { generateStatistics } from './demo.statistics.ts';
import type {
  CountyCtx,
  DemoCountyInput,
  DemoDataset,
  DemoOptions,
  Tier,
  TownshipCtx,
} from './demo.types.ts';
import { Area, syntheticBoundary } from './geo.ts';
import { NameBook, inventVillageName } from './names.ts';
import { Rng, hashString, mixSeed } from './rng.ts';

export type { DemoCountyInput, DemoDataset, DemoOptions } from './demo.types.ts';

export class DemoOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoOptionsError';
  }
}

export function inferCountyKind(name: string): CountyKind {
  if (/(开发区|新区|高新区|功能区|度假区)$/.test(name)) return 'zone';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'countyCity';
  return 'county';
}

/** Births/migration multiplier: rural counties have a few more children per resident than districts. */
const KIND_COHORT: Record<CountyKind, number> = { district: 0.97, zone: 0.96, countyCity: 1.0, county: 1.03 };

function tierOf(name: string): 'street' | 'town' | 'xiang' | 'other' {
  if (name.endsWith('街道')) return 'street';
  if (name.endsWith('镇')) return 'town';
  if (name.endsWith('乡')) return 'xiang';
  return 'other';
}

function syntheticTownships(input: DemoCountyInput, rng: Rng): { code: string; name: string }[] {
  const n = Math.max(4, Math.round(input.population10k / 5));
  const used = new Set<string>();
  const out = [
    { code: `${input.code}001`, name: '城东街道' },
    { code: `${input.code}002`, name: '城西街道' },
  ];
  for (let k = 0; out.length < n; k++) {
    const base = inventVillageName(rng);
    if (used.has(base)) continue;
    used.add(base);
    out.push({ code: `${input.code}${String(101 + k).padStart(3, '0')}`, name: `${base}镇` });
  }
  return out;
}

function buildCounty(
  input: DemoCountyInput,
  index: number,
  progress: number,
  options: DemoOptions,
  seatIndex: number,
  rng: Rng,
): CountyCtx {
  const kind = input.countyKind ?? inferCountyKind(input.name);
  const cityNo = Number.parseInt(options.cityCode.replace(/\D/g, '').slice(2, 4), 10) || 0;
  const area = new Area(input.boundary ?? syntheticBoundary(cityNo * 16 + index));
  const seat = kind === 'zone' ? area.randomPoint(rng) : area.centralPoint(rng);
  const list = input.townships.length > 0 ? input.townships : syntheticTownships(input, rng);
  const nStreets = list.filter((t) => tierOf(t.name) === 'street').length;
  const nCore = nStreets <= 4 ? nStreets : Math.ceil(nStreets * 0.6);
  const taken: [number, number][] = [seat];
  let streetNo = 0;
  const townships: TownshipCtx[] = list.map((t) => {
    const base = tierOf(t.name);
    let tier: Tier;
    let centre: [number, number];
    if (base === 'street') {
      tier = streetNo++ < nCore ? 'core' : 'outer';
      centre = area.pointNear(rng, seat, tier === 'core' ? 0.02 : 0.055);
    } else {
      tier = base;
      centre = area.spreadPoint(rng, taken);
    }
    taken.push(centre);
    return { code: t.code, name: t.name, tier, centre };
  });
  if (nStreets === 0 && townships[0]) townships[0].centre = seat;
  const isSeat = options.cityName !== undefined && index === seatIndex;
  return {
    index,
    input,
    kind,
    progress,
    cohortFactor: KIND_COHORT[kind] * rng.lognormal(0.03),
    area,
    seat,
    townships,
    names: new NameBook(),
    prefix: input.name,
    highPrefix: isSeat ? options.cityName! : input.name,
    cityForSpecial: isSeat ? options.cityName! : null,
  };
}

function validate(options: DemoOptions): string {
  const prefix = options.codePrefix ?? '2137';
  if (!/^[0-9A-Za-z]{1,9}$/.test(prefix))
    throw new DemoOptionsError(`机构代码前缀“${prefix}”应为 1–9 位字母或数字`);
  if (
    !Number.isInteger(options.fromYear) ||
    !Number.isInteger(options.toYear) ||
    options.fromYear > options.toYear
  ) {
    throw new DemoOptionsError(`学年范围 ${options.fromYear}–${options.toYear} 无效`);
  }
  if (options.counties.length === 0) throw new DemoOptionsError('至少需要一个县级单位');
  const seen = new Set<string>();
  for (const c of options.counties) {
    if (seen.has(c.code)) throw new DemoOptionsError(`县级单位代码 ${c.code} 重复`);
    seen.add(c.code);
    if (!(c.population10k > 0)) throw new DemoOptionsError(`县级单位 ${c.code} ${c.name} 的人口应为正数`);
  }
  return prefix;
}

export function generateDemoDataset(options: DemoOptions): DemoDataset {
  const prefix = validate(options);
  const years = yearsOf(options.fromYear, options.toYear);
  const root = new Rng(
    mixSeed(
      Math.floor(Math.abs(options.seed)) >>> 0,
      hashString(`eduplan-demo:${options.seed < 0 ? '-' : '+'}`),
    ),
  );

  // Progress: given, or spread evenly over 0.1–0.9 in a seeded order so that some counties lead and some lag.
  const order = root.fork('progress').shuffle(options.counties.map((_, i) => i));
  const spread = new Array<number>(options.counties.length).fill(0.5);
  order.forEach(
    (ci, rank) => (spread[ci] = order.length === 1 ? 0.5 : 0.1 + (0.8 * rank) / (order.length - 1)),
  );
  const seatIndex = options.counties.findIndex(
    (c) => (c.countyKind ?? inferCountyKind(c.name)) === 'district',
  );
  const counties = options.counties.map((input, i) =>
    buildCounty(
      input,
      i,
      Math.min(1, Math.max(0, input.progress ?? spread[i]!)),
      options,
      seatIndex >= 0 ? seatIndex : 0,
      root.fork(`county:${input.code}`),
    ),
  );

  const counts = layoutCounts(counties, root.fork('counts'));
  const plans = counties.flatMap((c, i) =>
    layOutCounty(c, counts[i]!, years, root.fork(`plan:${c.input.code}`)),
  );

  const digits = 10 - prefix.length;
  if (plans.length >= 10 ** digits) {
    throw new DemoOptionsError(`前缀“${prefix}”之后只有 ${digits} 位，放不下 ${plans.length} 个机构代码`);
  }
  plans.forEach((p, i) => (p.institution.code = `${prefix}${String(i + 1).padStart(digits, '0')}`));

  const events: LifecycleEvent[] = [];
  for (const p of plans) {
    const code = p.institution.code;
    events.push(
      p.isNew
        ? { institutionCode: code, kind: 'opened', schoolYear: p.openYear, note: '新建' }
        : { institutionCode: code, kind: 'opened', schoolYear: p.openYear },
    );
    if (p.endYear !== null && p.endKind === 'closed') {
      events.push({
        institutionCode: code,
        kind: 'closed',
        schoolYear: p.endYear,
        note: p.institution.runningType === '111' ? '生源减少，停止办园' : '停止办学',
      });
    } else if (p.endYear !== null && p.endKind === 'mergedInto' && p.mergeTarget) {
      events.push({
        institutionCode: code,
        kind: 'mergedInto',
        schoolYear: p.endYear,
        targetInstitutionCode: p.mergeTarget.institution.code,
        note: `撤并入${p.mergeTarget.institution.name}`,
      });
    }
  }

  return {
    seed: options.seed,
    fromYear: options.fromYear,
    toYear: options.toYear,
    institutions: plans.map((p) => p.institution),
    attributes: generateAttributes(plans, years, root.fork('attributes')),
    events,
    statistics: generateStatistics(plans, counties, years, root.fork('statistics')),
  };
}
