/** What the milestone panels and page show, from GET /api/v1/milestones. Pure. */
import type { components } from '../../generated/openapi';

export type MilestonesResponse = components['schemas']['MilestonesResponse'];
export type MilestoneStatus = components['schemas']['MilestoneStatus'];
export type MilestoneUnit = components['schemas']['MilestoneUnit'];
export type MilestoneUnitStatus = components['schemas']['MilestoneUnitStatus'];
export type MissingUnit = components['schemas']['MissingUnit'];
export type MilestoneRecordsResponse = components['schemas']['MilestoneRecordsResponse'];
export type TownshipFact = components['schemas']['TownshipFact'];
export type MilestoneReport = components['schemas']['MilestoneReport'];

export const STATUS_COLOURS: Record<MilestoneUnitStatus, string> = {
  done: 'green',
  notDone: 'gold',
  overdue: 'red',
  toVerify: 'blue',
  notRequired: 'default',
};

/** "甲镇、乙乡 等 12 个" — the first `max` names, then how many in all. */
export function namesOf(list: ReadonlyArray<{ name: string }>, max = 5): { shown: string[]; more: number } {
  return { shown: list.slice(0, max).map((m) => m.name), more: Math.max(0, list.length - max) };
}

/** One line of the cockpit's milestone panel. */
export interface PanelItem {
  id: string;
  task: number;
  title: string;
  deadline: string;
  status: MilestoneUnitStatus;
  since: string | null;
  /** County: its townships or schools missing. City: the counties not done (overdue first). */
  missing: Array<{ code: string; name: string }>;
  /** City only: the counts per status; county: null. */
  summary: MilestoneStatus['summary'] | null;
  detail: string | null;
}

const ORDER: Record<MilestoneUnitStatus, number> = {
  overdue: 0,
  notDone: 1,
  toVerify: 2,
  done: 3,
  notRequired: 4,
};

/**
 * The panel for the caller's unit: a county sees its own status and missing units per milestone; the
 * city the city status, the counts and the counties not done. Milestones in deadline order.
 */
export function panelItems(answer: MilestonesResponse): PanelItem[] {
  const county = answer.org.level === 'county';
  return [...answer.milestones]
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.task - b.task)
    .map((m) => {
      if (county) {
        const u = m.units.find((x) => x.orgCode === answer.org.code);
        return {
          id: m.id,
          task: m.task,
          title: m.title,
          deadline: m.deadline,
          status: u?.status ?? 'notRequired',
          since: u?.since ?? null,
          missing: u?.missing ?? [],
          summary: null,
          detail: u?.detail ?? null,
        };
      }
      const behind = m.units
        .filter((u) => u.status === 'overdue' || u.status === 'notDone' || u.status === 'toVerify')
        .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.orgCode.localeCompare(b.orgCode))
        .map((u) => ({ code: u.orgCode, name: u.orgName }));
      return {
        id: m.id,
        task: m.task,
        title: m.title,
        deadline: m.deadline,
        status: m.cityStatus,
        since: null,
        missing: behind,
        summary: m.summary,
        detail: null,
      };
    });
}

/** The rows of the milestones page: one per milestone × county, optionally only the ones behind. */
export function matrixRows(
  answer: MilestonesResponse,
  onlyBehind: boolean,
): Array<{ key: string; milestone: MilestoneStatus; unit: MilestoneUnit }> {
  const rows = answer.milestones.flatMap((m) =>
    m.units.map((u) => ({ key: `${m.id}:${u.orgCode}`, milestone: m, unit: u })),
  );
  return onlyBehind ? rows.filter((r) => r.unit.status !== 'done' && r.unit.status !== 'notRequired') : rows;
}

/** The township-fact milestones' facts, for the recording form. */
export const TOWNSHIP_FACTS = ['townVillageIntegration', 'strongTownshipPilot'] as const;
