/** The delivery area (任务与工作方案): the 19 tasks, the counties' work plans and one county's plan. */
import { lazy } from 'react';
import type { Session } from '../../api';
import { defineWebArea } from '../area';
import { messages } from './messages';

const TasksPage = lazy(() => import('./TasksPage'));
const WorkPlansPage = lazy(() => import('./WorkPlansPage'));
const WorkPlanPage = lazy(() => import('./WorkPlanPage'));

const mayRead = (s: Session) => s.permissions.includes('delivery.read');

export const area = defineWebArea({
  name: 'delivery',
  order: 50,
  messages,
  pages: [
    { page: 'tasks', path: '/tasks', render: () => <TasksPage /> },
    {
      page: 'workPlans',
      path: '/work-plans',
      render: (c) => <WorkPlansPage session={c.session} navigate={c.navigate} />,
    },
    {
      page: 'workPlan',
      path: '/work-plans/:code',
      render: (c) => <WorkPlanPage key={c.params.code} session={c.session} code={c.params.code!} />,
    },
  ],
  nav: [
    { id: 'nav-tasks', label: 'delivery.nav.tasks', path: '/tasks', pages: ['tasks'], visible: mayRead },
    {
      id: 'nav-work-plans',
      label: 'delivery.nav.workPlans',
      path: '/work-plans',
      pages: ['workPlans', 'workPlan'],
      visible: mayRead,
    },
  ],
});
