/** Public input/output types of the demo-data generator and the internal planning records. */
import type {
  AttributeRecord,
  CountyKind,
  Institution,
  LifecycleEvent,
} from '../domain/registry/registry.types.ts';
import type { GradeCode, InstitutionYearStatistics, Stage } from '../domain/statistics/statistics.types.ts';
import type { Area } from './geo.ts';
import type { NameBook } from './names.ts';

export interface DemoCountyInput {
  code: string;
  name: string;
  /** Resident population (万人). Institution counts and cohorts are proportional to it. */
  population10k: number;
  townships: { code: string; name: string }[];
  /**
   * Polygons (GCJ-02 lon/lat rings, GeoJSON MultiPolygon coordinates) to place institutions inside;
   * zones without one use their legal county's polygon. `null`: a synthetic square per county.
   */
  boundary: number[][][][] | null;
  /** Defaults from the name: …开发区/…新区/…高新区 → zone, …区 → district, …市 → countyCity, else county. */
  countyKind?: CountyKind | null;
  /**
   * 0 (lagging) … 1 (leading): how far the county has got with the plan. Default: counties are
   * spread evenly over 0.1–0.9 in a seeded order.
   */
  progress?: number;
}

export interface DemoOptions {
  seed: number;
  fromYear: number;
  toYear: number;
  cityCode: string;
  counties: DemoCountyInput[];
  /** Code prefix for 10-char institution codes, default '2137'. Vary it per call for unique codes. */
  codePrefix?: string;
  /** City name (e.g. 济宁市) for city-run schools such as 济宁市第一中学 in the first district. */
  cityName?: string;
}

export interface DemoDataset {
  seed: number;
  fromYear: number;
  toYear: number;
  institutions: Institution[];
  attributes: AttributeRecord[];
  events: LifecycleEvent[];
  statistics: InstitutionYearStatistics[];
}

/** Township tier: core/outer street (街道) of the county seat, town (镇), xiang (乡), other unit. */
export type Tier = 'core' | 'outer' | 'town' | 'xiang' | 'other';

export interface TownshipCtx {
  code: string;
  name: string;
  tier: Tier;
  centre: [number, number];
}

export interface CountyCtx {
  index: number;
  input: DemoCountyInput;
  kind: CountyKind;
  progress: number;
  /** Cohort multiplier (births and migration) relative to the Jining average. */
  cohortFactor: number;
  area: Area;
  seat: [number, number];
  townships: TownshipCtx[];
  names: NameBook;
  /** Prefix for county-run names (the county name). */
  prefix: string;
  /** Prefix for senior high numbering: the city name in the seat district, else the county name. */
  highPrefix: string;
  /** The city name if this county hosts the city-run special school, else null. */
  cityForSpecial: string | null;
}

/** Where an institution stands: county-run in the seat area, a township seat, or a village. */
export type Setting = 'county' | 'seat' | 'village';

export type Role =
  | 'experimental'
  | 'central'
  | 'secondCentral'
  | 'street'
  | 'community'
  | 'village'
  | 'teachingPoint'
  | 'private'
  | 'numbered'
  | 'first'
  | 'town'
  | 'urban'
  | 'special'
  | 'citySpecial';

export interface LaidOutInstitution {
  institution: Institution;
  county: CountyCtx;
  township: TownshipCtx;
  setting: Setting;
  role: Role;
  /** First school year of operation. */
  openYear: number;
  /** First school year it no longer operates (closed or merged), null if it runs to the end. */
  endYear: number | null;
  endKind: 'closed' | 'mergedInto' | null;
  mergeTarget: LaidOutInstitution | null;
  isNew: boolean;
  /** Relative size (pupils) per stage taught. */
  weights: Partial<Record<Stage, number>>;
  grades: GradeCode[];
  /** Yearly growth factor of its share of the county cohort. */
  trend: number;
  /** Latent quality 0–1 used for attributes and resources. */
  quality: number;
  /** Extra pupils per class above the normal target in the first year (大班额), 0 for most. */
  crowd: number;
  /** Target class size multiplier (kindergarten) or size (schools). */
  classTarget: number;
  /** Weight absorbed from merged teaching points, by first school year. */
  absorbed: { year: number; stage: Stage; weight: number }[];
}
