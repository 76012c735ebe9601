/**
 * Everything a new password is checked against, wherever one is set (change password, the
 * password page, an account created with a chosen password): the policy of
 * src/domain/access/password.policy.ts with the common-password list (config/common-passwords.txt,
 * read once), the published demo password (refused outside demo mode, and in demo mode for every
 * account but the demo accounts), and the account's recent passwords (the current one and the
 * previous ones kept in `password_history`, verified against each stored hash).
 */
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/database.ts';
import { recentPasswordHashes } from '../../db/access/access.repository.ts';
import { checkPassword, commonPasswordSet } from '../../domain/access/password.policy.ts';
import { ConfigFileError } from '../shared/config-error.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';
import { verifyPassword } from './password.hasher.ts';

export const COMMON_PASSWORDS_FILE = `${PROJECT_ROOT}config/common-passwords.txt`;

/** How many of an account's most recent passwords (the current one included) may not be set again. */
export const PASSWORD_HISTORY = 5;

export const DEMO_PASSWORD_PROBLEM =
  '不能使用公开的演示密码（演示账号共用的密码已在说明中公布，只有演示数据中的演示账号可以使用）';
export const CURRENT_PASSWORD_PROBLEM = '新密码不能与当前密码相同';
export const HISTORY_PROBLEM = `新密码不能与最近 ${PASSWORD_HISTORY} 次使用过的密码相同`;

let common: ReadonlySet<string> | null = null;

/** The common-password list, read once per process; a missing or empty file stops the caller. */
export function commonPasswords(file: string = COMMON_PASSWORDS_FILE): ReadonlySet<string> {
  if (common && file === COMMON_PASSWORDS_FILE) return common;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigFileError(file, ['常见密码表不存在或无法读取']);
  }
  const set = commonPasswordSet(text);
  if (set.size === 0) throw new ConfigFileError(file, ['常见密码表是空的']);
  if (file === COMMON_PASSWORDS_FILE) common = set;
  return set;
}

/**
 * The problems (Chinese) of `password` as the new password of the account `username`; `accountId`
 * given (an existing account), also the recent passwords. Empty: acceptable.
 */
export async function newPasswordProblems(
  db: Db,
  password: string,
  username: string,
  accountId?: number,
): Promise<string[]> {
  const { demoPasswordRule } = await import('../demo/demo-accounts.ts');
  const demo = await demoPasswordRule(db);
  const problems = checkPassword(password, {
    username,
    commonPasswords: commonPasswords(),
    forbidden: demo.allowedFor.has(username)
      ? []
      : [{ password: demo.password, problem: DEMO_PASSWORD_PROBLEM }],
  });
  if (problems.length > 0 || accountId === undefined) return problems;
  // The costly part last, only for a password that passes everything else.
  const recent = await recentPasswordHashes(db, accountId, PASSWORD_HISTORY);
  const matches = await Promise.all(recent.map((h) => verifyPassword(password, h, { equalise: false })));
  if (matches[0]) return [CURRENT_PASSWORD_PROBLEM];
  if (matches.some(Boolean)) return [HISTORY_PROBLEM];
  return [];
}
