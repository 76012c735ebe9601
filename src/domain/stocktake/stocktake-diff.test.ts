import { describe, expect, it } from 'vitest';
import { diffSnapshots, type StocktakeSnapshot } from './stocktake-diff.ts';

const before: StocktakeSnapshot = {
  asOf: '2026-10-15',
  counties: [
    {
      orgCode: '999901',
      orgName: '甲县',
      rank: 2,
      targets: {
        T1: { title: '公办率', status: 'lagging', value: 0.6 },
        T2: { title: '优质园', status: 'met', value: 0.75 },
        T3: { title: '强校', status: 'onTrack', value: 0.5 },
      },
      milestones: {
        a: { title: '节点甲', status: 'notDone' },
        b: { title: '节点乙', status: 'notDone' },
        c: { title: '节点丙', status: 'overdue' },
      },
      measures: {
        x: { title: '举措X', done: false, late: false, blocked: false },
        y: { title: '举措Y', done: false, late: true, blocked: false },
      },
    },
    { orgCode: '999902', orgName: '乙县', rank: 1, targets: {}, milestones: {}, measures: {} },
  ],
};

const now: StocktakeSnapshot = {
  asOf: '2026-11-15',
  counties: [
    {
      orgCode: '999901',
      orgName: '甲县',
      rank: 1,
      targets: {
        T1: { title: '公办率', status: 'onTrack', value: 0.64 }, // better
        T2: { title: '优质园', status: 'lagging', value: 0.68 }, // worse
        T3: { title: '强校', status: 'onTrack', value: 0.52 }, // unchanged
        T4: { title: '达标县', status: 'notComputed', value: null }, // new: not a change
      },
      milestones: {
        a: { title: '节点甲', status: 'done' }, // newly done
        b: { title: '节点乙', status: 'overdue' }, // newly overdue
        c: { title: '节点丙', status: 'overdue' }, // still overdue
      },
      measures: {
        x: { title: '举措X', done: false, late: true, blocked: true }, // newly late and blocked
        y: { title: '举措Y', done: true, late: false, blocked: false }, // newly done
        z: { title: '举措Z', done: false, late: false, blocked: false }, // new, nothing to say
      },
    },
    { orgCode: '999902', orgName: '乙县', rank: 2, targets: {}, milestones: {}, measures: {} },
    { orgCode: '999903', orgName: '丙县', rank: 3, targets: {}, milestones: {}, measures: {} },
  ],
};

describe('diffSnapshots', () => {
  const d = diffSnapshots(before, now);

  it('lists the status changes of the targets with their direction', () => {
    expect(d.since).toBe('2026-10-15');
    expect(d.counties[0]!.targets).toEqual([
      { targetId: 'T1', title: '公办率', from: 'lagging', to: 'onTrack', direction: 'better' },
      { targetId: 'T2', title: '优质园', from: 'met', to: 'lagging', direction: 'worse' },
    ]);
  });

  it('lists the milestones newly done and newly overdue', () => {
    expect(d.counties[0]!.milestonesNewlyDone).toEqual([{ id: 'a', title: '节点甲' }]);
    expect(d.counties[0]!.milestonesNewlyOverdue).toEqual([{ id: 'b', title: '节点乙' }]);
  });

  it('lists the measures newly done, late and blocked', () => {
    const c = d.counties[0]!;
    expect(c.measuresNewlyDone).toEqual([{ id: 'y', title: '举措Y' }]);
    expect(c.measuresNewlyLate).toEqual([{ id: 'x', title: '举措X' }]);
    expect(c.measuresNewlyBlocked).toEqual([{ id: 'x', title: '举措X' }]);
  });

  it('gives the rank moves (positive = up) and nothing for a county new to the stocktake', () => {
    expect(d.counties.map((c) => [c.orgName, c.rank, c.changed])).toEqual([
      ['甲县', { from: 2, to: 1, move: 1 }, true],
      ['乙县', { from: 1, to: 2, move: -1 }, true],
      ['丙县', null, false],
    ]);
  });
});
