/** The county-standards area (创建达标分析): the city's overview and one county's analysis. */
import { lazy } from 'react';
import { defineWebArea } from '../area';
import { messages } from './messages';

const StandardsPage = lazy(() => import('./StandardsPage'));
const StandardsCountyPage = lazy(() => import('./StandardsCountyPage'));

export const area = defineWebArea({
  name: 'standards',
  order: 30,
  messages,
  pages: [
    {
      page: 'standards',
      path: '/standards',
      render: (c) => <StandardsPage year={c.year} onYearChange={c.onYearChange} navigate={c.navigate} />,
    },
    {
      page: 'standardsCounty',
      path: '/standards/:code',
      render: (c) => (
        <StandardsCountyPage
          key={c.params.code}
          session={c.session}
          code={c.params.code!}
          year={c.year}
          onYearChange={c.onYearChange}
          navigate={c.navigate}
        />
      ),
    },
  ],
  nav: [
    {
      id: 'nav-standards',
      label: 'nav.standards',
      path: '/standards',
      pages: ['standards', 'standardsCounty'],
      visible: (s) => s.permissions.includes('standards.read'),
    },
  ],
});
