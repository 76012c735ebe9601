/**
 * The stocktake area: the city's monthly stocktake (月度调度) and each county's, the county duty
 * evaluation (督导评价), and a county officer's start page (本县工作台), where a county account lands.
 */
import { lazy } from 'react';
import type { Session } from '../../api';
import { defineWebArea } from '../area';
import { messages } from './messages';

const StocktakePage = lazy(() => import('./StocktakePage'));
const EvaluationPage = lazy(() => import('./EvaluationPage'));
const MyCountyPage = lazy(() => import('./MyCountyPage'));

const readsStocktake = (s: Session) => s.permissions.includes('stocktake.read');

/** A county's own officer: a county administrator (scoped to one county-level unit). */
const countyOfficer = (s: Session) =>
  readsStocktake(s) && s.account.role === 'countyAdmin' && s.account.scope.kind === 'org';

export const area = defineWebArea({
  name: 'stocktake',
  order: 12,
  messages,
  pages: [
    {
      page: 'stocktake',
      path: '/stocktake/:code?',
      render: (c) => (
        <StocktakePage
          key={c.params.code ?? ''}
          session={c.session}
          code={c.params.code}
          navigate={c.navigate}
        />
      ),
    },
    {
      page: 'evaluation',
      path: '/evaluation',
      render: () => <EvaluationPage />,
    },
    {
      page: 'my-county',
      path: '/my-county',
      render: (c) => <MyCountyPage session={c.session} navigate={c.navigate} />,
    },
  ],
  nav: [
    {
      id: 'nav-my-county',
      label: 'stocktake.nav.myCounty',
      path: '/my-county',
      pages: ['my-county'],
      visible: countyOfficer,
    },
    {
      id: 'nav-stocktake',
      label: 'stocktake.nav',
      path: '/stocktake',
      pages: ['stocktake'],
      visible: readsStocktake,
    },
    {
      id: 'nav-evaluation',
      label: 'stocktake.nav.evaluation',
      path: '/evaluation',
      pages: ['evaluation'],
      visible: readsStocktake,
    },
  ],
  // A county officer starts the week on the county's start page (navigation.ts puts this home first).
  home: { page: 'my-county', fits: countyOfficer },
});
