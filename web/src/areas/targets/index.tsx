/**
 * The targets area: the cockpit (驾驶舱), the counties' comparison, one county's page and the why
 * view of a figure (/why/:target?org=…).
 */
import { lazy } from 'react';
import { defineWebArea } from '../area';
import { countiesMessages } from './counties.messages';
import { messages } from './messages';

const CockpitPage = lazy(() => import('./CockpitPage'));
const CountiesPage = lazy(() => import('./CountiesPage'));
const CountyPage = lazy(() => import('./CountyPage'));
const WhyPage = lazy(() => import('./WhyPage'));

/** The why view's ?org= (read here, not from why-link.ts, which imports the navigation that imports this file). */
const orgFromAddress = () => new URLSearchParams(window.location.search).get('org') ?? undefined;

const readsTargets = (s: { permissions: string[] }) => s.permissions.includes('targets.read');

export const area = defineWebArea({
  name: 'targets',
  order: 10,
  messages: {
    'zh-CN': { ...messages['zh-CN'], ...countiesMessages['zh-CN'] },
    en: { ...messages.en, ...countiesMessages.en },
  },
  pages: [
    {
      page: 'cockpit',
      path: '/',
      render: (c) => (
        <CockpitPage session={c.session} year={c.year} onYearChange={c.onYearChange} navigate={c.navigate} />
      ),
    },
    // The cockpit at an address of its own: for a county officer /app/ is the county's start page
    // (stocktake area), and the cockpit must stay one click away.
    {
      page: 'cockpitAt',
      path: '/cockpit',
      render: (c) => (
        <CockpitPage session={c.session} year={c.year} onYearChange={c.onYearChange} navigate={c.navigate} />
      ),
    },
    {
      page: 'counties',
      path: '/counties',
      render: (c) => (
        <CountiesPage
          year={c.year}
          onYearChange={c.onYearChange}
          navigate={c.navigate}
          standards={c.session.permissions.includes('standards.read')}
        />
      ),
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
    {
      page: 'why',
      path: '/why/:target',
      render: (c) => {
        const org = orgFromAddress();
        return (
          <WhyPage
            key={`${c.params.target}:${org ?? ''}:${c.year ?? ''}`}
            target={c.params.target!}
            org={org}
            year={c.year}
            navigate={c.navigate}
          />
        );
      },
    },
  ],
  nav: [
    {
      id: 'nav-cockpit',
      label: 'nav.cockpit',
      path: '/cockpit',
      pages: ['cockpit', 'cockpitAt'],
      visible: readsTargets,
    },
    {
      id: 'nav-counties',
      label: 'nav.counties',
      path: '/counties',
      pages: ['counties', 'county', 'why'],
      visible: readsTargets,
    },
  ],
  home: { page: 'cockpit', fits: readsTargets },
});
