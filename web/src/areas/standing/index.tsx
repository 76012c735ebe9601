/** The standing area (本校概况): a school's own figures against its county and the city. */
import { lazy } from 'react';
import type { Session } from '../../api';
import { defineWebArea } from '../area';
import { messages } from './messages';

const StandingPage = lazy(() => import('./StandingPage'));

/** A school account (its scope is one institution). */
const institutionScoped = (s: Session) => s.account.scope.kind === 'institution';

export const area = defineWebArea({
  name: 'standing',
  order: 35,
  messages,
  pages: [
    {
      page: 'standing',
      // Without a code: the session's own school. County and city users name a school.
      path: '/my-school/:code?',
      render: (c) => (
        <StandingPage
          key={c.params.code ?? ''}
          session={c.session}
          code={c.params.code}
          year={c.year}
          onYearChange={c.onYearChange}
          navigate={c.navigate}
        />
      ),
    },
  ],
  nav: [
    {
      id: 'nav-standing',
      label: 'standing.nav',
      path: '/my-school',
      pages: ['standing'],
      visible: institutionScoped,
    },
  ],
  // A school clerk lands on its own school's standing, with the way to its form at the top.
  home: { page: 'standing', fits: institutionScoped },
});
