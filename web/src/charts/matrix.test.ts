import { describe, expect, it } from 'vitest';
import type { Figure, ScorecardResponse } from '../api';
import {
  cellPresentation,
  compareCells,
  isCityCode,
  matrixRows,
  matrixTargets,
  PARTIAL_CELL_STYLE,
  statusCellStyle,
  tint,
} from './matrix';

function figure(
  targetId: Figure['targetId'],
  orgCode: string,
  year: number,
  numerator: number,
  denominator: number,
): Figure {
  return {
    targetId,
    year,
    orgCode,
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
    status: denominator === 0 ? 'noData' : 'lagging',
    expected: null,
    gapToTarget: null,
    institutions: 1,
    missingStatistics: 0,
    threshold: 0.8,
    baselineValue: null,
    gapToTrajectory: null,
    reason: null,
  };
}

// Shaped like the small test city: the city 999900, counties 999901/999902, zone 999904.
const scorecard: ScorecardResponse = {
  pending: false,
  coverage: [],
  years: [2023, 2025],
  orgNames: { '999900': '测试市', '999901': '县1', '999902': '县2', '999904': '开发区' },
  figures: [
    figure('T1', '999900', 2025, 610, 850),
    // A plan with ten targets: ids sort by their number, not as text.
    figure('T10' as Figure['targetId'], '999902', 2025, 1, 2),
    figure('T2', '999902', 2025, 3, 4),
    figure('T1', '999904', 2025, 0, 50),
    figure('T1', '999902', 2025, 360, 400),
    figure('T1', '999901', 2025, 180, 300),
    figure('T1', '999901', 2023, 200, 400),
  ],
  dataset: { demo: false, notice: null },
};

describe('isCityCode', () => {
  it('knows a city code by its trailing 00', () => {
    expect(isCityCode('370800')).toBe(true);
    expect(isCityCode('999900')).toBe(true);
    expect(isCityCode('370811')).toBe(false);
    expect(isCityCode('370891')).toBe(false);
    expect(isCityCode('370811001')).toBe(false);
  });
});

describe('matrixTargets', () => {
  it('lists the year’s targets in numeric order (T10 after T2)', () => {
    expect(matrixTargets(scorecard, 2025)).toEqual(['T1', 'T2', 'T10']);
    expect(matrixTargets(scorecard, 2023)).toEqual(['T1']);
  });
});

describe('matrixRows', () => {
  const rows = matrixRows(scorecard, 2025);
  it('has one row per county-level unit of the year, without the city, in code order', () => {
    expect(rows.map((r) => [r.code, r.name])).toEqual([
      ['999901', '县1'],
      ['999902', '县2'],
      ['999904', '开发区'],
    ]);
  });
  it('puts each figure in its target column', () => {
    expect(rows[0]!.cells.T1!.value).toBe(0.6); // 180 / 300
    expect(Object.keys(rows[1]!.cells).sort()).toEqual(['T1', 'T10', 'T2']);
    expect(rows[1]!.cells.T1!.value).toBe(0.9); // 360 / 400
    expect(rows[2]!.cells.T1!.value).toBe(0); // 0 / 50
  });
  it('takes only the selected year', () => {
    expect(matrixRows(scorecard, 2023).map((r) => r.cells.T1!.value)).toEqual([0.5]);
  });
});

describe('compareCells', () => {
  it('orders by value, a missing value below zero', () => {
    const [a, b, z] = matrixRows(scorecard, 2025);
    expect(compareCells(a!.cells.T1, b!.cells.T1)).toBeCloseTo(-0.3); // 0.6 − 0.9
    expect(compareCells(z!.cells.T1, a!.cells.T1)).toBeCloseTo(-0.6); // 0 − 0.6
    expect(compareCells(undefined, z!.cells.T1)).toBe(-1); // −1 − 0
    expect(compareCells(undefined, undefined)).toBe(0);
  });
});

describe('tint and statusCellStyle', () => {
  it('mixes the colour with white', () => {
    expect(tint('#000000', 0)).toBe('#ffffff');
    expect(tint('#123456', 1)).toBe('#123456');
    // 0x80 = 128: 128 × 0.5 + 255 × 0.5 = 191.5 → 192 = c0; 0 → 127.5 → 128 = 80.
    expect(tint('#800000', 0.5)).toBe('#c08080');
  });
  it('writes the status colour on a 12% tint of it', () => {
    // met #237804: 35·0.12 + 255·0.88 = 228.6 → e5; 120 → 238.8 → ef; 4 → 224.88 → e1.
    expect(statusCellStyle('met')).toEqual({ color: '#237804', backgroundColor: '#e5efe1' });
    // severelyLagging #cf1322: 207 → 249.24 → f9; 19 → 226.68 → e3; 34 → 228.48 → e4.
    expect(statusCellStyle('severelyLagging')).toEqual({ color: '#cf1322', backgroundColor: '#f9e3e4' });
  });
});

describe('cellPresentation', () => {
  it('gives a complete year the status colour and word', () => {
    // 滞后 is #d48806 on a 12 % tint of it.
    expect(cellPresentation({ status: 'lagging', value: 0.6 }, false)).toEqual({
      style: { color: '#d48806', backgroundColor: statusCellStyle('lagging').backgroundColor },
      word: 'status.lagging',
    });
  });
  it('greys a partial year and never names a verdict', () => {
    // 1 of 15 schools reported: T1 100 % would read 达标 in green; here it is grey, "数据不完整".
    expect(cellPresentation({ status: 'met', value: 1 }, true)).toEqual({
      style: PARTIAL_CELL_STYLE,
      word: 'league.partialWord',
    });
    expect(cellPresentation({ status: 'noData', value: null }, true).word).toBe('league.partialNoData');
  });
});
