/** The data-collection area (数据采集): progress and review, and one school's form. */
import { lazy } from 'react';
import { defineWebArea } from '../area';
import { messages } from './messages';

const CollectionPage = lazy(() => import('./CollectionPage'));
const SubmissionPage = lazy(() => import('./SubmissionPage'));

const readsCollection = (s: { permissions: string[] }) => s.permissions.includes('collection.read');

export const area = defineWebArea({
  name: 'collection',
  order: 40,
  messages,
  pages: [
    {
      page: 'collection',
      path: '/collection/:period?',
      render: (c) => <CollectionPage session={c.session} period={c.params.period} navigate={c.navigate} />,
    },
    {
      page: 'submission',
      path: '/collection/:period/:code',
      render: (c) => (
        <SubmissionPage
          key={`${c.params.period}/${c.params.code}`}
          session={c.session}
          period={c.params.period!}
          code={c.params.code!}
          navigate={c.navigate}
        />
      ),
    },
  ],
  nav: [
    {
      id: 'nav-collection',
      label: 'nav.collection',
      path: '/collection',
      pages: ['collection', 'submission'],
      visible: readsCollection,
    },
  ],
  // A school clerk has no cockpit (no targets.read): its home page is its own school's form.
  home: { page: 'collection', fits: readsCollection },
});
