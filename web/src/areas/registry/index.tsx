/** The registry area: the school directory (学校名录) and one school's page. */
import { lazy } from 'react';
import type { Session } from '../../api';
import { defineWebArea } from '../area';
import { messages } from './messages';

const SchoolsPage = lazy(() => import('./SchoolsPage'));
const SchoolPage = lazy(() => import('./SchoolPage'));
// Lazy, like the pages: an area's index must not import the i18n module, which imports every area.
const NoAccess = lazy(() => import('./NoAccessPage'));

/** The directory and a school's page read institutions (a school clerk's: its own school only). */
export const readsSchools = (s: Pick<Session, 'permissions'>) => s.permissions.includes('institutions.read');

export const area = defineWebArea({
  name: 'registry',
  order: 20,
  messages,
  pages: [
    {
      page: 'schools',
      path: '/schools',
      render: (c) =>
        readsSchools(c.session) ? <SchoolsPage year={c.year} navigate={c.navigate} /> : <NoAccess c={c} />,
    },
    {
      page: 'school',
      path: '/schools/:code',
      render: (c) =>
        readsSchools(c.session) ? (
          <SchoolPage key={c.params.code} code={c.params.code!} year={c.year} navigate={c.navigate} />
        ) : (
          <NoAccess c={c} />
        ),
    },
  ],
  // Every role that reads institutions may look for schools (a school clerk sees its own); the
  // security auditor, who reads only the audit log, is not offered the directory.
  nav: [
    {
      id: 'nav-schools',
      label: 'nav.schools',
      path: '/schools',
      pages: ['schools', 'school'],
      visible: readsSchools,
    },
  ],
});
