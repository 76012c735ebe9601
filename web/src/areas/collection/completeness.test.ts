import { describe, expect, it } from 'vitest';
import { filterSchools } from './completeness';
import type { CompletenessSchool } from '../../api';

const school = (
  code: string,
  state: CompletenessSchool['state'],
  extra: Partial<CompletenessSchool> = {},
): CompletenessSchool => ({
  code,
  name: `学校${code}`,
  countyCode: code.startsWith('1') ? '370811' : '370827',
  townshipCode: code.startsWith('1') ? '370811001' : '370827001',
  state,
  submittedAt: null,
  submitted: ['submitted', 'countyApproved', 'cityApproved', 'unlockRequested'].includes(state),
  approved: ['countyApproved', 'cityApproved', 'unlockRequested'].includes(state),
  final: state === 'cityApproved',
  late: false,
  ...extra,
});

const schools = [
  school('101', 'notStarted', { late: true }),
  school('102', 'draft'),
  school('103', 'returned'),
  school('104', 'submitted'),
  school('205', 'countyApproved'),
  school('206', 'cityApproved'),
];
const codes = (xs: CompletenessSchool[]) => xs.map((s) => s.code);

describe('completeness filters', () => {
  it('lists who has not submitted: not started, draft and returned', () => {
    expect(codes(filterSchools(schools, { filter: 'notSubmitted', reviewer: 'county' }))).toEqual([
      '101',
      '102',
      '103',
    ]);
  });
  it('waits at the reviewer’s own level', () => {
    expect(codes(filterSchools(schools, { filter: 'waiting', reviewer: 'county' }))).toEqual(['104']);
    expect(codes(filterSchools(schools, { filter: 'waiting', reviewer: 'city' }))).toEqual(['205']);
  });
  it('filters by county, state and name', () => {
    expect(codes(filterSchools(schools, { filter: 'all', org: '370827', reviewer: 'city' }))).toEqual([
      '205',
      '206',
    ]);
    expect(codes(filterSchools(schools, { filter: 'final', reviewer: 'city' }))).toEqual(['206']);
    expect(codes(filterSchools(schools, { filter: 'late', reviewer: 'city' }))).toEqual(['101']);
    expect(codes(filterSchools(schools, { filter: 'all', search: '学校10', reviewer: 'city' }))).toEqual([
      '101',
      '102',
      '103',
      '104',
    ]);
  });
});
