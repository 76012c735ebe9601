/**
 * Reporting rounds, computed from the settings (config/reporting.yaml): a monthly round reports on
 * one calendar month, a quarterly one on a quarter; a round takes reports from the first day of its
 * period to its closing day in the month after (e.g. the 5th), both included. Around a month's end
 * two rounds are open at once (October's until 5 November, November's from 1 November); the
 * current round is the open one that closes first — the one a county must report now. Dates are
 * calendar days ('YYYY-MM-DD', Beijing time); pure, no clock.
 */
import type { ReportingSettings, Round, RoundFrequency, RoundStatus } from './reporting.types.ts';

const DAY_MS = 86_400_000;
const QUARTER_NAMES = ['一', '二', '三', '四'] as const;
const MONTHLY_ID = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTERLY_ID = /^(\d{4})-Q([1-4])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The round id pattern of a frequency, in words (for error messages). */
export const ROUND_ID_RULE: Readonly<Record<RoundFrequency, string>> = {
  monthly: '按月报送，轮次编号形如 2026-11',
  quarterly: '按季度报送，轮次编号形如 2026-Q4',
};

export function isCalendarDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function dayMs(day: string): number {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a calendar day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `day` plus `n` calendar days (n may be negative). */
export function addDays(day: string, n: number): string {
  return dayOf(dayMs(day) + n * DAY_MS);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** The round of a year and index (month 1–12, or quarter 1–4). */
function makeRound(settings: ReportingSettings, year: number, index: number): Round {
  const monthly = settings.frequency === 'monthly';
  const firstMonth = monthly ? index : (index - 1) * 3 + 1;
  const lastMonth = monthly ? index : index * 3;
  const periodStart = dayOf(Date.UTC(year, firstMonth - 1, 1));
  const periodEnd = dayOf(Date.UTC(year, lastMonth, 0));
  // Date.UTC rolls month 12 over into January of the next year.
  const closesOn = dayOf(Date.UTC(year, lastMonth, settings.closeDay));
  return {
    id: monthly ? `${year}-${String(index).padStart(2, '0')}` : `${year}-Q${index}`,
    label: monthly ? `${year}年${index}月` : `${year}年第${QUARTER_NAMES[index - 1]}季度`,
    periodStart,
    periodEnd,
    opensOn: periodStart,
    closesOn,
  };
}

/** Year and index of a round id of the settings' frequency, or null when it is not one. */
function parseId(settings: ReportingSettings, id: string): { year: number; index: number } | null {
  const m = (settings.frequency === 'monthly' ? MONTHLY_ID : QUARTERLY_ID).exec(id);
  return m ? { year: Number(m[1]), index: Number(m[2]) } : null;
}

/** Position of a round in time (for comparing): year × periods per year + index. */
function ordinal(settings: ReportingSettings, year: number, index: number): number {
  return year * (settings.frequency === 'monthly' ? 12 : 4) + index - 1;
}

function fromOrdinal(settings: ReportingSettings, n: number): Round {
  const per = settings.frequency === 'monthly' ? 12 : 4;
  return makeRound(settings, Math.floor(n / per), (n % per) + 1);
}

/** Whether `id` is a well-formed round id of the frequency (not necessarily after the first round). */
export function isRoundId(settings: ReportingSettings, id: string): boolean {
  return parseId(settings, id) !== null;
}

/** The round whose period contains `day`. */
export function roundOfDate(settings: ReportingSettings, day: string): Round {
  const month = Number(day.slice(5, 7));
  const year = Number(day.slice(0, 4));
  return makeRound(settings, year, settings.frequency === 'monthly' ? month : Math.ceil(month / 3));
}

/** A round by id; null when the id is malformed or names a round before the first one. */
export function roundById(settings: ReportingSettings, id: string): Round | null {
  const p = parseId(settings, id);
  const first = parseId(settings, settings.firstRound);
  if (!p || !first) return null;
  if (ordinal(settings, p.year, p.index) < ordinal(settings, first.year, first.index)) return null;
  return makeRound(settings, p.year, p.index);
}

/** upcoming before it opens, open from opensOn to closesOn (both included), closed after. */
export function roundStatus(round: Round, today: string): RoundStatus {
  if (today < round.opensOn) return 'upcoming';
  return today <= round.closesOn ? 'open' : 'closed';
}

/** Every round from the first to the one whose period contains `today`, oldest first. */
export function roundsUpTo(settings: ReportingSettings, today: string): Round[] {
  const first = parseId(settings, settings.firstRound);
  if (!first) return [];
  const now = roundOfDate(settings, today);
  const nowP = parseId(settings, now.id)!;
  const out: Round[] = [];
  const last = ordinal(settings, nowP.year, nowP.index);
  for (let n = ordinal(settings, first.year, first.index); n <= last; n++) out.push(fromOrdinal(settings, n));
  return out;
}

/** The open round that closes first (the one to report now); null before the first round opens. */
export function currentRound(settings: ReportingSettings, today: string): Round | null {
  return roundsUpTo(settings, today).find((r) => roundStatus(r, today) === 'open') ?? null;
}

/** The rounds open on `today` (one, or two around the closing days), the earliest closing first. */
export function openRounds(settings: ReportingSettings, today: string): Round[] {
  return roundsUpTo(settings, today).filter((r) => roundStatus(r, today) === 'open');
}

/** Whether a round's closing is near: from `amberDays` days before closesOn up to closesOn. */
export function roundClosingSoon(round: Round, today: string, amberDays: number): boolean {
  return roundStatus(round, today) === 'open' && daysBetween(today, round.closesOn) <= amberDays;
}
