import { describe, expect, it } from 'vitest';
import { measureState, type ReportSummary } from './escalation.ts';

const settings = { graceDays: 15, amberDays: 3 };
const measure = { id: 'm1', countyCode: '999901', dueDate: '2026-10-31' };
const report = (
  r: Partial<ReportSummary> & Pick<ReportSummary, 'roundId' | 'state' | 'progress'>,
): ReportSummary => ({
  figure: null,
  submittedOn: r.state === 'draft' ? null : `${r.roundId}-28`,
  submittedAt: r.state === 'draft' ? null : `${r.roundId}-28T02:00:00.000Z`,
  ...r,
});

describe('escalation of an overdue measure on a moving clock (due 2026-10-31, grace 15)', () => {
  const inProgress = [report({ roundId: '2026-09', state: 'accepted', progress: 'inProgress', figure: 2 })];
  it.each([
    ['2026-10-27', false, 'none', false],
    ['2026-10-28', false, 'none', true], // amber: 3 days before the due date
    ['2026-10-31', false, 'none', true], // the due date itself is not late
    ['2026-11-01', true, 'visible', false], // visible to the city the day after
    ['2026-11-15', true, 'visible', false], // the 15th day of grace
    ['2026-11-16', true, 'red', false], // red after the grace period
    ['2027-03-01', true, 'red', false],
  ] as const)('on %s: overdue %s, escalation %s, amber %s', (today, overdue, escalation, dueSoon) => {
    const s = measureState(measure, inProgress, today, settings);
    expect(s).toMatchObject({ overdue, escalation, dueSoon, progress: 'inProgress', figure: 2 });
    expect(s.overdueSince).toBe(overdue ? '2026-11-01' : null);
    expect(s.redFrom).toBe(overdue ? '2026-11-16' : null);
  });
  it('counts the days overdue', () => {
    expect(measureState(measure, inProgress, '2026-11-16', settings).daysOverdue).toBe(16);
  });
  it('an accepted 已完成 stops it, a submitted one does not (yet)', () => {
    const submittedDone = [
      ...inProgress,
      report({ roundId: '2026-10', state: 'submitted', progress: 'done', figure: 4 }),
    ];
    expect(measureState(measure, submittedDone, '2026-11-03', settings)).toMatchObject({
      overdue: true,
      escalation: 'visible',
      progress: 'done',
      review: 'submitted',
      done: false,
    });
    const accepted = [
      ...inProgress,
      report({ roundId: '2026-10', state: 'accepted', progress: 'done', figure: 4 }),
    ];
    expect(measureState(measure, accepted, '2026-12-20', settings)).toMatchObject({
      overdue: false,
      escalation: 'none',
      progress: 'done',
      review: 'accepted',
      done: true,
      overdueSince: null,
    });
  });
  it('a returned report does not count; a draft is not a report yet', () => {
    const s = measureState(
      measure,
      [
        ...inProgress,
        report({ roundId: '2026-10', state: 'returned', progress: 'done', figure: 4 }),
        report({ roundId: '2026-11', state: 'draft', progress: 'done', figure: 4 }),
      ],
      '2026-11-20',
      settings,
    );
    expect(s).toMatchObject({
      progress: 'inProgress',
      review: 'returned',
      lastRoundId: '2026-10',
      escalation: 'red',
    });
  });
  it('with no report at all: not started, review none', () => {
    expect(measureState(measure, [], '2026-06-01', settings)).toMatchObject({
      progress: 'notStarted',
      review: 'none',
      lastRoundId: null,
      lastReportAt: null,
      escalation: 'none',
      overdue: false,
    });
  });
});

describe('escalation of a blocked measure', () => {
  // Due long after; blocked since the report submitted on 2026-05-28, still blocked in June.
  const later = { ...measure, dueDate: '2027-06-30' };
  const blocked = [
    report({ roundId: '2026-04', state: 'accepted', progress: 'inProgress' }),
    report({ roundId: '2026-05', state: 'accepted', progress: 'blocked' }),
    report({ roundId: '2026-06', state: 'submitted', progress: 'blocked' }),
  ];
  it('is visible from the day it was reported, red after the grace period', () => {
    expect(measureState(later, blocked, '2026-06-12', settings)).toMatchObject({
      blocked: true,
      blockedSince: '2026-05-28',
      escalation: 'visible',
      overdue: false,
      redFrom: '2026-06-13',
    });
    // 2026-05-28 + 15 days = 06-12 is the last day of grace.
    expect(measureState(later, blocked, '2026-06-12', settings).escalation).toBe('visible');
    expect(measureState(later, blocked, '2026-06-13', settings).escalation).toBe('red');
  });
  it('a new run starts when it was unblocked in between', () => {
    const rerun = [
      report({ roundId: '2026-04', state: 'accepted', progress: 'blocked' }),
      report({ roundId: '2026-05', state: 'accepted', progress: 'inProgress' }),
      report({ roundId: '2026-06', state: 'submitted', progress: 'blocked' }),
    ];
    expect(measureState(later, rerun, '2026-07-01', settings)).toMatchObject({
      blockedSince: '2026-06-28',
      escalation: 'visible',
    });
  });
  it('unblocked: no escalation', () => {
    const unblocked = [
      ...blocked,
      report({ roundId: '2026-07', state: 'submitted', progress: 'inProgress' }),
    ];
    expect(measureState(later, unblocked, '2026-08-01', settings)).toMatchObject({
      blocked: false,
      blockedSince: null,
      escalation: 'none',
      redFrom: null,
    });
  });
});
