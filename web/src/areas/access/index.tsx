/**
 * The access area: 账号管理 (accounts, for users.manage) and 安全审计 (the audit log, for the
 * security auditor's audit.read). Its home page (/app/ when no earlier area fits): the audit page
 * for the auditor, the accounts page for an administrator who reads no targets.
 */
import { lazy } from 'react';
import type { Session } from '../../api';
import { defineWebArea } from '../area';
import { messages } from './messages';

const AccountsPage = lazy(() => import('./AccountsPage'));
const AuditPage = lazy(() => import('./AuditPage'));

const may = (permission: string) => (s: Session) => s.permissions.includes(permission);
const readsAudit = may('audit.read');
const managesAccounts = may('users.manage');
const accountsHome = (s: Session) => managesAccounts(s) && !may('targets.read')(s);

export const area = defineWebArea({
  name: 'access',
  order: 50,
  messages,
  pages: [
    { page: 'accounts', path: '/accounts', render: (c) => <AccountsPage session={c.session} /> },
    { page: 'audit', path: '/audit', render: (c) => <AuditPage session={c.session} /> },
    {
      // The home page of this area's sessions: the audit log for the auditor, else the accounts.
      page: 'access-home',
      path: '/access',
      render: (c) =>
        readsAudit(c.session) ? <AuditPage session={c.session} /> : <AccountsPage session={c.session} />,
    },
  ],
  nav: [
    {
      id: 'nav-accounts',
      label: 'nav.accounts',
      path: '/accounts',
      pages: ['accounts'],
      visible: managesAccounts,
    },
    {
      id: 'nav-audit',
      label: 'nav.audit',
      path: '/audit',
      pages: ['audit'],
      visible: readsAudit,
    },
  ],
  home: { page: 'access-home', fits: (s) => readsAudit(s) || accountsHome(s) },
});
