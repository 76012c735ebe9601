/**
 * Progress reports (进展报送) per measure and reporting round, with figures and evidence; the city's review (accept / return) and the escalation of overdue and blocked measures.
 */
import { REPORTING_PERMISSIONS } from '../../domain/reporting/reporting.permissions.ts';
import { defineArea } from '../area.ts';

export const reportingArea = defineArea({
  name: 'reporting',
  title: '进展报送',
  permissions: REPORTING_PERMISSIONS,
  create: () => ({}),
});
