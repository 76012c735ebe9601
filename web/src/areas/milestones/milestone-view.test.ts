import { describe, expect, it } from 'vitest';
import {
  matrixRows,
  namesOf,
  panelItems,
  type MilestonesResponse,
  type MilestoneUnit,
} from './milestone-view';

const unit = (
  orgCode: string,
  orgName: string,
  status: MilestoneUnit['status'],
  missing: string[] = [],
): MilestoneUnit => ({
  orgCode,
  orgName,
  status,
  since: status === 'overdue' ? '2025-01-01' : null,
  missing: missing.map((name, i) => ({ code: `${orgCode}00${i}`, name, since: null })),
  awaiting: [],
  detail: `${orgName}的核对`,
});

const answer = (level: 'city' | 'county'): MilestonesResponse => ({
  asOf: '2026-01-05',
  org: level === 'city' ? { code: '999900', name: '测试市', level } : { code: '999901', name: '县1', level },
  milestones: [
    {
      id: 'late',
      task: 13,
      title: '资源中心',
      deadline: '2025-12-31',
      method: 'computed',
      rule: '规则',
      units: [
        unit('999901', '县1', 'done'),
        unit('999902', '县2', 'toVerify'),
        unit('999903', '县3', 'overdue', ['镇3-1']),
      ],
      summary: { done: 1, notDone: 0, overdue: 1, toVerify: 1, notRequired: 0 },
      cityStatus: 'overdue',
    },
    {
      id: 'early',
      task: 7,
      title: '试点',
      deadline: '2024-12-31',
      method: 'computed',
      rule: '规则',
      units: [
        unit('999901', '县1', 'overdue', ['镇1-1', '镇1-2']),
        unit('999902', '县2', 'notRequired'),
        unit('999903', '县3', 'done'),
      ],
      summary: { done: 1, notDone: 0, overdue: 1, toVerify: 0, notRequired: 1 },
      cityStatus: 'overdue',
    },
  ],
  dataset: { demo: false, notice: null },
});

describe('milestone panel and page', () => {
  it('gives a county its own status and missing townships, in deadline order', () => {
    const items = panelItems({
      ...answer('county'),
      milestones: answer('county').milestones.map((m) => ({
        ...m,
        units: m.units.filter((u) => u.orgCode === '999901'),
      })),
    });
    expect(items.map((i) => [i.id, i.status, i.missing.map((m) => m.name)])).toEqual([
      ['early', 'overdue', ['镇1-1', '镇1-2']],
      ['late', 'done', []],
    ]);
    expect(items[0]).toMatchObject({ since: '2025-01-01', summary: null, detail: '县1的核对' });
  });

  it('gives the city the counts and the counties behind, overdue first', () => {
    const items = panelItems(answer('city'));
    expect(items[1]).toMatchObject({
      id: 'late',
      status: 'overdue',
      summary: { done: 1, overdue: 1, toVerify: 1 },
    });
    // 县3 is overdue, 县2 waits for verification: overdue first.
    expect(items[1]!.missing.map((m) => m.name)).toEqual(['县3', '县2']);
  });

  it('lists milestone × county rows, or only those behind', () => {
    expect(matrixRows(answer('city'), false)).toHaveLength(6);
    expect(matrixRows(answer('city'), true).map((r) => r.key)).toEqual([
      'late:999902',
      'late:999903',
      'early:999901',
    ]);
  });

  it('shortens long lists of names', () => {
    expect(namesOf([{ name: 'a' }, { name: 'b' }, { name: 'c' }], 2)).toEqual({ shown: ['a', 'b'], more: 1 });
  });
});
