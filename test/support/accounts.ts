/** Test accounts for the small invented city, and logging in through the API. */
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../src/app/access/password.hasher.ts';
import { insertAccounts, type NewAccount } from '../../src/db/access/access.repository.ts';
import type { Db } from '../../src/db/database.ts';
import type { RoleCode, Scope } from '../../src/domain/access/access.types.ts';

export const TEST_PASSWORD = 'Test#Pass2026';

export const TEST_ACCOUNTS: Array<{ username: string; role: RoleCode; scope: Scope; mustChange?: boolean }> =
  [
    { username: 'cityadmin', role: 'cityAdmin', scope: { kind: 'org', orgCode: '999900' } },
    { username: 'auditor', role: 'auditAdmin', scope: { kind: 'org', orgCode: '999900' } },
    { username: 'citystaff', role: 'cityStaff', scope: { kind: 'org', orgCode: '999900' } },
    { username: 'county1', role: 'countyAdmin', scope: { kind: 'org', orgCode: '999901' } },
    { username: 'county2', role: 'countyAdmin', scope: { kind: 'org', orgCode: '999902' } },
    { username: 'clerk', role: 'schoolClerk', scope: { kind: 'institution', institutionCode: 'KA00000001' } },
    { username: 'inspector', role: 'inspector', scope: { kind: 'org', orgCode: '999901' } },
    { username: 'finance', role: 'readOnly', scope: { kind: 'org', orgCode: '999900' } },
    { username: 'newbie', role: 'cityStaff', scope: { kind: 'org', orgCode: '999900' }, mustChange: true },
  ];

export async function createTestAccounts(db: Db): Promise<void> {
  const hash = await hashPassword(TEST_PASSWORD);
  const rows: NewAccount[] = TEST_ACCOUNTS.map((a) => ({
    username: a.username,
    displayName: `测试${a.username}`,
    role: a.role,
    scope: a.scope,
    passwordHash: hash,
    mustChangePassword: a.mustChange ?? false,
  }));
  await insertAccounts(db, rows);
}

export interface Login {
  cookie: string;
  csrf: string;
}

export async function login(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<Login> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const set = res.cookies.find((c) => c.name === 'ep_session');
  if (!set) throw new Error('no session cookie');
  return { cookie: `ep_session=${set.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
}
