import { describe, expect, it } from 'vitest';
import type { CountyOverview, InstitutionRow } from '../../api';
import { countiesNotPassing, laggingChildren, schoolsKeepingDown } from './cockpit-lagging';

const school = (code: string, inNumerator: boolean, denominator: number): InstitutionRow => ({
  institutionCode: code,
  institutionName: `学校${code}`,
  countyCode: '999901',
  countyName: '县1',
  townshipCode: '999901001',
  townshipName: '乡1',
  runningType: '111',
  ownership: inNumerator ? 'public' : 'private',
  attributeValue: null,
  inNumerator,
  numerator: inNumerator ? denominator : 0,
  denominator,
  missingStatistics: false,
});

const summary = (verdict: 'pass' | 'fail' | 'incomplete') => ({
  verdict,
  summary: '',
  counts: { pass: 0, fail: 0, incomplete: 0, notApplicable: 0 },
});
const county = (code: string, verdict: 'pass' | 'fail' | 'incomplete'): CountyOverview => ({
  countyCode: code,
  countyName: `县${code.slice(-1)}`,
  countyStandardsVerdict: verdict,
  compulsoryBalanced: summary(verdict),
  preschoolUniversal: summary(verdict),
});

describe('the lagging panel of the cockpit', () => {
  it('lists the child units behind their trajectory, in code order', () => {
    expect(
      laggingChildren([
        { orgCode: '999901002', orgName: '乡2', status: 'severelyLagging' },
        { orgCode: '999901001', orgName: '乡1', status: 'lagging' },
        { orgCode: '999901003', orgName: '乡3', status: 'onTrack' },
        { orgCode: '999901004', orgName: '乡4', status: 'met' },
        { orgCode: '999901005', orgName: '乡5', status: 'noData' },
      ]),
    ).toEqual([
      { code: '999901001', name: '乡1', status: 'lagging' },
      { code: '999901002', name: '乡2', status: 'severelyLagging' },
    ]);
  });

  it('lists the schools left out of the numerator, heaviest first, with the count of all', () => {
    const rows = [
      school('K1', true, 180),
      school('K2', false, 60),
      school('K3', false, 60),
      school('K4', false, 100),
      school('K5', false, 0), // no children this year: moves nothing
    ];
    expect(schoolsKeepingDown(rows, 2)).toEqual({
      shown: [
        { code: 'K4', name: '学校K4', weight: 100 },
        { code: 'K2', name: '学校K2', weight: 60 },
      ],
      total: 3,
    });
  });

  it('lists for T4 the counties that do not pass both standards, failing ones first', () => {
    expect(
      countiesNotPassing([
        county('999903', 'incomplete'),
        county('999901', 'pass'),
        county('999902', 'fail'),
      ]),
    ).toEqual([
      { code: '999902', name: '县2', verdict: 'fail' },
      { code: '999903', name: '县3', verdict: 'incomplete' },
    ]);
  });
});
