/** The registry area: the school directory (学校名录) and one school's page. */
import { lazy } from 'react';
import { defineWebArea } from '../area';
import { messages } from './messages';

const SchoolsPage = lazy(() => import('./SchoolsPage'));
const SchoolPage = lazy(() => import('./SchoolPage'));

export const area = defineWebArea({
  name: 'registry',
  order: 20,
  messages,
  pages: [
    { page: 'schools', path: '/schools', render: (c) => <SchoolsPage year={c.year} navigate={c.navigate} /> },
    {
      page: 'school',
      path: '/schools/:code',
      render: (c) => (
        <SchoolPage key={c.params.code} code={c.params.code!} year={c.year} navigate={c.navigate} />
      ),
    },
  ],
  // Every account may look for schools (a school clerk sees its own).
  nav: [
    {
      id: 'nav-schools',
      label: 'nav.schools',
      path: '/schools',
      pages: ['schools', 'school'],
      visible: () => true,
    },
  ],
});
