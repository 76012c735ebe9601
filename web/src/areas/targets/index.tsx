/** The targets area: the cockpit (驾驶舱), the counties' comparison and one county's page. */
import { lazy } from 'react';
import { defineWebArea } from '../area';
import { messages } from './messages';

const CockpitPage = lazy(() => import('./CockpitPage'));
const CountiesPage = lazy(() => import('./CountiesPage'));
const CountyPage = lazy(() => import('./CountyPage'));

const readsTargets = (s: { permissions: string[] }) => s.permissions.includes('targets.read');

export const area = defineWebArea({
  name: 'targets',
  order: 10,
  messages,
  pages: [
    {
      page: 'cockpit',
      path: '/',
      render: (c) => (
        <CockpitPage session={c.session} year={c.year} onYearChange={c.onYearChange} navigate={c.navigate} />
      ),
    },
    {
      page: 'counties',
      path: '/counties',
      render: (c) => <CountiesPage year={c.year} onYearChange={c.onYearChange} navigate={c.navigate} />,
    },
    {
      page: 'county',
      path: '/counties/:code',
      render: (c) => (
        <CountyPage
          key={c.params.code}
          code={c.params.code!}
          year={c.year}
          onYearChange={c.onYearChange}
          navigate={c.navigate}
          standards={c.session.permissions.includes('standards.read')}
        />
      ),
    },
  ],
  nav: [
    { id: 'nav-cockpit', label: 'nav.cockpit', path: '/', pages: ['cockpit'], visible: readsTargets },
    {
      id: 'nav-counties',
      label: 'nav.counties',
      path: '/counties',
      pages: ['counties', 'county'],
      visible: readsTargets,
    },
  ],
  home: { page: 'cockpit', fits: readsTargets },
});
