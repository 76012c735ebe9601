/** The milestones area (时间节点): every milestone × county with the units missing, records and reviews. */
import { lazy } from 'react';
import type { Session } from '../../api';
import { defineWebArea } from '../area';
import { messages } from './messages';

const MilestonesPage = lazy(() => import('./MilestonesPage'));

const mayRead = (s: Session) => s.permissions.includes('milestones.read');

export const area = defineWebArea({
  name: 'milestones',
  order: 60,
  messages,
  pages: [{ page: 'milestones', path: '/milestones', render: (c) => <MilestonesPage session={c.session} /> }],
  nav: [
    { id: 'nav-milestones', label: 'ms.nav', path: '/milestones', pages: ['milestones'], visible: mayRead },
  ],
});
