import { describe, expect, it } from 'vitest';
import type { ReportingSettings } from './reporting.types.ts';
import {
  addDays,
  currentRound,
  daysBetween,
  isCalendarDay,
  openRounds,
  roundById,
  roundClosingSoon,
  roundOfDate,
  roundStatus,
  roundsUpTo,
} from './rounds.ts';

const monthly: ReportingSettings = {
  frequency: 'monthly',
  firstRound: '2026-01',
  closeDay: 5,
  graceDays: 15,
  amberDays: 3,
};
const quarterly: ReportingSettings = {
  ...monthly,
  frequency: 'quarterly',
  firstRound: '2025-Q3',
  closeDay: 10,
};

describe('calendar days', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2026-10-31', 16)).toBe('2026-11-16');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-10-31', '2026-11-16')).toBe(16);
    expect(daysBetween('2026-11-16', '2026-10-31')).toBe(-16);
  });
  it('knows real calendar days', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('26-01-01')).toBe(false);
  });
});

describe('monthly rounds', () => {
  it('October reports on October and closes on 5 November', () => {
    expect(roundOfDate(monthly, '2026-10-17')).toEqual({
      id: '2026-10',
      label: '2026年10月',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      opensOn: '2026-10-01',
      closesOn: '2026-11-05',
    });
  });
  it('December closes in January of the next year; February ends on the 28th or 29th', () => {
    expect(roundById(monthly, '2026-12')).toMatchObject({ periodEnd: '2026-12-31', closesOn: '2027-01-05' });
    expect(roundOfDate(monthly, '2027-02-10')).toMatchObject({
      periodEnd: '2027-02-28',
      closesOn: '2027-03-05',
    });
    expect(roundOfDate(monthly, '2028-02-10')).toMatchObject({ periodEnd: '2028-02-29' });
  });
  it('is open from the first of its month to its closing day, both included', () => {
    const oct = roundById(monthly, '2026-10')!;
    expect(roundStatus(oct, '2026-09-30')).toBe('upcoming');
    expect(roundStatus(oct, '2026-10-01')).toBe('open');
    expect(roundStatus(oct, '2026-11-05')).toBe('open');
    expect(roundStatus(oct, '2026-11-06')).toBe('closed');
  });
  it('the current round moves with the clock: the one that closes first while two are open', () => {
    expect(currentRound(monthly, '2026-10-20')!.id).toBe('2026-10');
    // 1–5 November: October's round is still open (closes 11-05), November's has opened.
    expect(openRounds(monthly, '2026-11-03').map((r) => r.id)).toEqual(['2026-10', '2026-11']);
    expect(currentRound(monthly, '2026-11-03')!.id).toBe('2026-10');
    expect(currentRound(monthly, '2026-11-05')!.id).toBe('2026-10');
    expect(currentRound(monthly, '2026-11-06')!.id).toBe('2026-11');
    expect(openRounds(monthly, '2026-11-06').map((r) => r.id)).toEqual(['2026-11']);
    // New Year: December's round closes on 5 January.
    expect(currentRound(monthly, '2027-01-04')!.id).toBe('2026-12');
    expect(currentRound(monthly, '2027-01-06')!.id).toBe('2027-01');
  });
  it('has no round before the first one', () => {
    expect(currentRound(monthly, '2025-12-31')).toBeNull();
    expect(roundsUpTo(monthly, '2025-12-31')).toEqual([]);
    expect(roundById(monthly, '2025-12')).toBeNull();
    expect(roundById(monthly, '2026-13')).toBeNull();
    expect(roundById(monthly, '2026-Q1')).toBeNull();
  });
  it('lists the rounds from the first to today’s, oldest first', () => {
    expect(roundsUpTo(monthly, '2026-04-02').map((r) => r.id)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
  });
  it('amber from three days before the closing day', () => {
    const oct = roundById(monthly, '2026-10')!;
    expect(roundClosingSoon(oct, '2026-11-01', 3)).toBe(false);
    expect(roundClosingSoon(oct, '2026-11-02', 3)).toBe(true);
    expect(roundClosingSoon(oct, '2026-11-05', 3)).toBe(true);
    expect(roundClosingSoon(oct, '2026-11-06', 3)).toBe(false);
  });
});

describe('quarterly rounds', () => {
  it('the fourth quarter reports on October to December and closes on 10 January', () => {
    expect(roundOfDate(quarterly, '2026-11-15')).toEqual({
      id: '2026-Q4',
      label: '2026年第四季度',
      periodStart: '2026-10-01',
      periodEnd: '2026-12-31',
      opensOn: '2026-10-01',
      closesOn: '2027-01-10',
    });
    expect(roundById(quarterly, '2026-Q1')).toMatchObject({
      periodEnd: '2026-03-31',
      closesOn: '2026-04-10',
    });
  });
  it('moves from Q4 to Q1 after the closing day', () => {
    expect(currentRound(quarterly, '2027-01-10')!.id).toBe('2026-Q4');
    expect(currentRound(quarterly, '2027-01-11')!.id).toBe('2027-Q1');
    expect(roundsUpTo(quarterly, '2026-02-01').map((r) => r.id)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    expect(roundById(quarterly, '2025-Q2')).toBeNull();
    expect(roundById(quarterly, '2026-10')).toBeNull();
  });
});
