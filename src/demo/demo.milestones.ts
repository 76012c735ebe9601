/**
 * Demo township facts (演示数据) of the milestones: for every 乡镇 of the 14 county-level units,
 * whether and since when it is a 强镇筑基 pilot (due 2024-12-31) and has completed the town-village
 * kindergarten integration (镇村一体化, due 2025-12-31), as its county recorded them, with the city's
 * reviews. Deterministic from the seed; counties further along (progress) are earlier. Most towns
 * are verified; some records wait for verification; a few were rejected and recorded again; some
 * towns have nothing recorded yet, so 2026 shows 逾期未完成 in places.
 */
import type { TownshipFactName } from '../domain/plan/plan.types.ts';
import type { OrgUnit } from '../domain/registry/registry.types.ts';
import { Rng } from './rng.ts';

export interface DemoTownshipFact {
  townshipCode: string;
  countyCode: string;
  fact: TownshipFactName;
  value: boolean;
  effectiveFrom: string;
  note: string;
  recordedBy: string;
  recordedAt: string;
  /** The city's review, if any (in order). */
  reviews: Array<{
    decision: 'verified' | 'rejected';
    comment: string;
    reviewedBy: string;
    reviewedAt: string;
  }>;
}

export interface DemoMilestonesInput {
  seed: number;
  now: Date;
  orgUnits: readonly OrgUnit[];
  /** Per county code: how far along it is (0–1). */
  progress: (countyCode: string) => number;
  /** The demo account of a county, if it has one (records are made under it). */
  countyAccount: (countyCode: string) => string;
}

const isTown = (name: string) => name.endsWith('镇') || name.endsWith('乡');
const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (day: string, hour = 2) => `${day}T${pad(hour)}:00:00.000Z`;
const DAY = 86_400_000;

const NOTES: Record<TownshipFactName, string[]> = {
  strongTownshipPilot: [
    '纳入县级强镇筑基试点（演示数据）',
    '纳入市级强镇筑基试点（演示数据）',
    '纳入省级强镇筑基试点（演示数据）',
  ],
  townVillageIntegration: [
    '镇中心幼儿园统一管理村办园（演示数据）',
    '镇村一体化管理实施方案已印发（演示数据）',
  ],
};

/** A day in [from, to) (ms), as YYYY-MM-DD. */
function dayBetween(r: Rng, from: number, to: number): string {
  return dayOf(from + Math.floor(r.float() * Math.max(DAY, to - from)));
}

export function demoTownshipFacts(input: DemoMilestonesInput): DemoTownshipFact[] {
  const root = new Rng(input.seed).fork('milestones');
  const now = input.now.getTime();
  const counties = new Set(input.orgUnits.filter((u) => u.level === 'county').map((u) => u.code));
  const out: DemoTownshipFact[] = [];
  const towns = input.orgUnits
    .filter(
      (u) => u.level === 'township' && u.parentCode !== null && counties.has(u.parentCode) && isTown(u.name),
    )
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const t of towns) {
    const county = t.parentCode!;
    const prog = input.progress(county);
    const who = input.countyAccount(county);
    for (const fact of ['strongTownshipPilot', 'townVillageIntegration'] as const) {
      const r = root.fork(`${fact}:${t.code}`);
      const deadline = Date.parse(
        fact === 'strongTownshipPilot' ? '2024-12-31T00:00:00Z' : '2025-12-31T00:00:00Z',
      );
      // When the town completed it: mostly before the deadline, some after, some not yet.
      const u = r.float();
      const never = 0.04 + 0.12 * (1 - prog);
      const late = never + 0.06 + 0.1 * (1 - prog);
      if (u < never) continue;
      const span = 600 * DAY;
      const done =
        u < late
          ? deadline + DAY + Math.floor(r.float() * 200 * DAY)
          : deadline - Math.floor(r.float() * span);
      if (done > now) continue;
      const effectiveFrom = dayOf(done);
      // Recorded within a few weeks; the city reviews within a month, except the most recent.
      const recorded = Math.min(now, done + Math.floor(r.range(3, 40) * DAY));
      const note = NOTES[fact][r.int(0, NOTES[fact].length - 1)]!;
      const base = {
        townshipCode: t.code,
        countyCode: county,
        fact,
        value: true,
        effectiveFrom,
        note,
        recordedBy: who,
      };
      const reviewAt = recorded + Math.floor(r.range(5, 30) * DAY);
      if (reviewAt > now - 20 * DAY || r.chance(0.05)) {
        // Waiting for the city.
        out.push({ ...base, recordedAt: at(dayOf(recorded)), reviews: [] });
      } else if (r.chance(0.06)) {
        // Rejected (the file was another town's), recorded again with the right one.
        out.push({
          ...base,
          recordedAt: at(dayOf(recorded)),
          reviews: [
            {
              decision: 'rejected',
              comment: '佐证材料不是本镇的文件，请补充镇政府印发的文件（演示数据）',
              reviewedBy: 'city',
              reviewedAt: at(dayOf(reviewAt), 6),
            },
          ],
        });
        const again = reviewAt + Math.floor(r.range(2, 15) * DAY);
        if (again <= now) {
          const verifiedAt = again + Math.floor(r.range(3, 20) * DAY);
          out.push({
            ...base,
            recordedAt: at(dayOf(again), 3),
            reviews:
              verifiedAt <= now - 3 * DAY
                ? [
                    {
                      decision: 'verified',
                      comment: '',
                      reviewedBy: 'city',
                      reviewedAt: at(dayOf(verifiedAt), 6),
                    },
                  ]
                : [],
          });
        }
      } else {
        out.push({
          ...base,
          recordedAt: at(dayOf(recorded)),
          reviews: [
            { decision: 'verified', comment: '', reviewedBy: 'city', reviewedAt: at(dayOf(reviewAt), 6) },
          ],
        });
      }
      // Now and then a town that had not started is recorded as "no" first (a county's honest report).
      if (r.chance(0.03)) {
        out.push({
          ...base,
          value: false,
          effectiveFrom: dayBetween(r, deadline - 700 * DAY, done - 30 * DAY),
          note: '尚未完成（演示数据）',
          recordedAt: at(dayOf(Math.max(deadline - 700 * DAY, done - 25 * DAY))),
          reviews: [],
        });
      }
    }
  }
  return out.sort(
    (a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.townshipCode.localeCompare(b.townshipCode),
  );
}
