/** The reporting area (进展报送): a county's reports of a round, the city's review queue, the escalation list. */
import { lazy } from 'react';
import type { Session } from '../../api';
import { defineWebArea } from '../area';
import { messages } from './messages';

const CountyReportsPage = lazy(() => import('./CountyReportsPage'));
const ReviewQueuePage = lazy(() => import('./ReviewQueuePage'));
const EscalationsPage = lazy(() => import('./EscalationsPage'));

const may = (permission: string) => (s: Session) => (s.permissions as readonly string[]).includes(permission);

export const area = defineWebArea({
  name: 'reporting',
  order: 55,
  messages,
  pages: [
    {
      page: 'reportsCounty',
      path: '/reports/county/:code?',
      render: (c) => <CountyReportsPage key={c.params.code ?? ''} session={c.session} code={c.params.code} />,
    },
    {
      page: 'reportsReview',
      path: '/reports/review',
      render: (c) => <ReviewQueuePage session={c.session} navigate={c.navigate} />,
    },
    {
      page: 'reportsEscalations',
      path: '/reports/escalations',
      render: (c) => <EscalationsPage navigate={c.navigate} />,
    },
  ],
  nav: [
    {
      id: 'nav-reports',
      label: 'reporting.nav.county',
      path: '/reports/county',
      pages: ['reportsCounty'],
      visible: may('reporting.submit'),
    },
    {
      id: 'nav-reports-review',
      label: 'reporting.nav.review',
      path: '/reports/review',
      pages: ['reportsReview'],
      visible: may('reporting.review'),
    },
    {
      id: 'nav-escalations',
      label: 'reporting.nav.escalations',
      path: '/reports/escalations',
      pages: ['reportsEscalations'],
      visible: may('reporting.read'),
    },
  ],
});
