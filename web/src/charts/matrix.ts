/**
 * The 县区对比 matrix as plain data: one row per county-level unit (functional zones included),
 * one cell per target, and the colours of a cell by its status. Pure, so unit-tested.
 */
import type { Figure, ScorecardResponse, TargetStatus } from '../api';
import { STATUS_COLOURS } from './status';

export interface MatrixRow {
  code: string;
  name: string;
  cells: Record<string, Figure>;
}

/** A city code ends in "00" (GB/T 2260: 370800 济宁市); county-level units do not. */
export function isCityCode(code: string): boolean {
  return /^\d{4}00$/.test(code);
}

/** T1, T2, … T10 in numeric order. */
export function compareTargetIds(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

/** The targets present in the scorecard for the year. */
export function matrixTargets(scorecard: ScorecardResponse, year: number): string[] {
  const ids = new Set(scorecard.figures.filter((f) => f.year === year).map((f) => f.targetId));
  return [...ids].sort(compareTargetIds);
}

/** The county-level rows of the scorecard for one year, in code order. */
export function matrixRows(scorecard: ScorecardResponse, year: number): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  for (const figure of scorecard.figures) {
    if (figure.year !== year || isCityCode(figure.orgCode)) continue;
    let row = rows.get(figure.orgCode);
    if (!row) {
      row = { code: figure.orgCode, name: scorecard.orgNames[figure.orgCode] ?? figure.orgCode, cells: {} };
      rows.set(figure.orgCode, row);
    }
    row.cells[figure.targetId] = figure;
  }
  return [...rows.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Sorts cells by value; a cell without a value sorts below every value. */
export function compareCells(a: Figure | undefined, b: Figure | undefined): number {
  return (a?.value ?? -1) - (b?.value ?? -1);
}

/** `hex` mixed with white: share 1 is the colour itself, 0 is white. */
export function tint(hex: string, share: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c * share + 255 * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Text in the status colour on a light tint of it. */
export function statusCellStyle(status: TargetStatus): { color: string; backgroundColor: string } {
  const colour = STATUS_COLOURS[status];
  return { color: colour, backgroundColor: tint(colour, 0.12) };
}

/** Grey text on light grey: a partial year's value, shown without a verdict. */
export const PARTIAL_CELL_STYLE = { color: '#595959', backgroundColor: '#f0f0f0' } as const;

/**
 * How a cell reads: its colours and the i18n key of its word. A partial year (below the
 * completeness threshold) never carries a verdict: grey, "数据不完整" (or "尚无已报数据" without a
 * value); a complete year has the status colour and word.
 */
export function cellPresentation(
  figure: Pick<Figure, 'status' | 'value'>,
  partial: boolean,
): { style: { color: string; backgroundColor: string }; word: string } {
  if (partial) {
    return {
      style: { ...PARTIAL_CELL_STYLE },
      word: figure.value === null ? 'league.partialNoData' : 'league.partialWord',
    };
  }
  return { style: statusCellStyle(figure.status), word: `status.${figure.status}` };
}
