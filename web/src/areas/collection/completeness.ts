/** The completeness list's filters: which schools a reviewer looks at. */
import type { CompletenessSchool } from '../../api';

export const SCHOOL_FILTERS = ['all', 'notSubmitted', 'waiting', 'returned', 'final', 'late'] as const;
export type SchoolFilter = (typeof SCHOOL_FILTERS)[number];

/**
 * Schools matching a filter: not submitted (not started, draft or returned), waiting for the
 * reviewer's level (submitted for a county, county-approved for the city), returned, final,
 * late; within a county (org) and by name or code (search).
 */
export function filterSchools(
  schools: readonly CompletenessSchool[],
  options: { filter: SchoolFilter; org?: string; search?: string; reviewer: 'county' | 'city' },
): CompletenessSchool[] {
  const q = options.search?.trim() ?? '';
  return schools.filter((s) => {
    if (options.org && s.countyCode !== options.org && !s.townshipCode.startsWith(options.org)) return false;
    if (q && !s.name.includes(q) && !s.code.includes(q)) return false;
    switch (options.filter) {
      case 'notSubmitted':
        return !s.submitted;
      case 'waiting':
        return s.state === (options.reviewer === 'city' ? 'countyApproved' : 'submitted');
      case 'returned':
        return s.state === 'returned';
      case 'final':
        return s.final;
      case 'late':
        return s.late;
      default:
        return true;
    }
  });
}
