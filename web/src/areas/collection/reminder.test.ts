import { describe, expect, it } from 'vitest';
import { reminderFor } from './reminder';
import type { CompletenessResponse, CompletenessSchool } from '../../api';

const s = (state: CompletenessSchool['state']): CompletenessSchool => ({
  code: state,
  name: state,
  countyCode: '370811',
  townshipCode: '370811001',
  state,
  submittedAt: null,
  submitted: ['submitted', 'countyApproved', 'cityApproved', 'unlockRequested'].includes(state),
  approved: false,
  final: state === 'cityApproved',
  late: false,
});
const completeness = (daysLeft: number, ...schools: CompletenessSchool[]): CompletenessResponse => ({
  period: {
    id: '2026-autumn',
    name: '2026 年秋季统计',
    schoolYear: 2026,
    kind: 'schoolYear',
    forms: [],
    openFrom: '',
    closeAt: '',
  },
  daysLeft,
  states: schools.reduce<Record<string, number>>((m, x) => ({ ...m, [x.state]: (m[x.state] ?? 0) + 1 }), {}),
  counties: [],
  // The reminder reads the counts only (it asks for them without the list).
  schools: [],
  dataset: { demo: false, notice: null },
});

describe('in-app reminders', () => {
  it('reminds a school that has not submitted, and says nothing once it has or after the close', () => {
    expect(reminderFor(completeness(3, s('returned')), 'school')).toEqual({
      kind: 'school',
      state: 'returned',
      daysLeft: 3,
    });
    expect(reminderFor(completeness(3, s('submitted')), 'school')).toBeNull();
    expect(reminderFor(completeness(-1, s('draft')), 'school')).toBeNull();
  });
  it('counts for a county who has not submitted and what waits for its review', () => {
    const c = completeness(
      10,
      s('notStarted'),
      s('draft'),
      s('returned'),
      s('submitted'),
      s('countyApproved'),
    );
    expect(reminderFor(c, 'county')).toEqual({
      kind: 'reviewer',
      level: 'county',
      notSubmitted: 3,
      waiting: 1,
      daysLeft: 10,
    });
    expect(reminderFor(c, 'city')).toMatchObject({ notSubmitted: 3, waiting: 1 });
    expect(reminderFor(completeness(10, s('cityApproved')), 'city')).toBeNull();
  });
});
