import { describe, expect, it } from 'vitest';
import type { Figure, ScorecardResponse } from '../../api';
import { laggingCounties } from './milestones';

const fig = (
  targetId: Figure['targetId'],
  orgCode: string,
  status: Figure['status'],
  year = 2025,
): Figure => ({
  targetId,
  year,
  orgCode,
  numerator: 1,
  denominator: 2,
  value: 0.5,
  status,
  expected: 0.6,
  gapToTarget: 0.1,
  institutions: 1,
  missingStatistics: 0,
  threshold: 0.8,
  baselineValue: null,
  gapToTrajectory: null,
  reason: null,
});

describe('cockpit lagging counties', () => {
  it('lists the lagging counties per target for the year, never the city', () => {
    const scorecard: ScorecardResponse = {
      pending: false,
      coverage: [],
      years: [2023, 2025],
      orgNames: { '999900': '市', '999901': '县1', '999902': '县2' },
      figures: [
        fig('T1', '999900', 'lagging'),
        fig('T1', '999902', 'severelyLagging'),
        fig('T1', '999901', 'lagging'),
        fig('T2', '999901', 'met'),
        fig('T2', '999902', 'lagging', 2023),
      ],
      dataset: { demo: true, notice: null },
    };
    expect(laggingCounties(scorecard, 2025)).toEqual({
      T1: [
        { code: '999901', name: '县1', status: 'lagging' },
        { code: '999902', name: '县2', status: 'severelyLagging' },
      ],
      T2: [],
    });
  });
});
