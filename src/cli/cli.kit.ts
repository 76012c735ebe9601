/**
 * What every command of `eduplan` shares: opening the platform (the database chosen by
 * DATABASE_URL or --data-dir, the plan by --plan) for one command in one data scope, the operator
 * at the terminal as the caller, and the argument parsers with Chinese messages.
 */
import { userInfo } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import type { Caller } from '../app/access/caller.ts';
import type { Manager } from '../app/access/users.service.ts';
import { createAppContext, databaseTargetFromEnv, type AppContext } from '../app/app.context.ts';

import { runInDataScope } from '../app/shared/data.snapshot.ts';
import { ORG_CODE_PATTERN, ORG_CODE_RULE } from '../domain/registry/registry.types.ts';

type DatabaseTarget = ReturnType<typeof databaseTargetFromEnv>;

export interface CliKit {
  program: Command;
  /** Opens the platform, runs `fn` as one request (one data snapshot), closes it. */
  withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T>;
  /** Opens the platform (the caller closes it). */
  openContext(): Promise<AppContext>;
  /**
   * The database of every command but `eduplan migrate`: on PostgreSQL the schema is only checked
   * (no DDL, so commands and the server run with the application role; `eduplan migrate` as the
   * owner changes it). PGlite, one embedded database, migrates on open.
   */
  databaseTarget(): DatabaseTarget;
}

export function cliKit(program: Command): CliKit {
  const databaseTarget = (): DatabaseTarget => {
    const target = databaseTargetFromEnv(process.env, program.opts<{ dataDir?: string }>().dataDir);
    return target.kind === 'postgres' ? { ...target, migrate: 'check' as const } : target;
  };
  const openContext = () => createAppContext(databaseTarget(), program.opts<{ plan: string }>().plan);
  return {
    program,
    openContext,
    databaseTarget,
    async withContext(fn) {
      const ctx = await openContext();
      try {
        return await runInDataScope(() => fn(ctx));
      } finally {
        await ctx.close();
      }
    },
  };
}

/** The operator at the terminal, named by the system user, for the audit log. */
function operatorActor() {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {
    /* no passwd entry */
  }
  return { id: null, username: `cli:${who}`, ip: null };
}

/** The operator as a manager of accounts: no scope limit, recorded in the audit log. */
export function cliManager(): Manager {
  return { actor: operatorActor(), session: null };
}

/** The operator as the caller of a use case: the city's scope, every permission. */
export function cliCaller(ctx: AppContext): Caller {
  return { actor: operatorActor(), scope: { kind: 'org', orgCode: ctx.plan.orgCode } };
}

export function parseYear(v: string): number {
  if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError(`学年应为四位数字年份，收到“${v}”`);
  return Number(v);
}

export function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new InvalidArgumentError(`端口应为 1–65535 的整数，收到“${v}”`);
  return n;
}

export function parseOrg(v: string): string {
  if (!ORG_CODE_PATTERN.test(v)) throw new InvalidArgumentError(`${ORG_CODE_RULE}，收到“${v}”`);
  return v;
}

export function parseSeed(v: string): number {
  if (!/^\d{1,9}$/.test(v)) throw new InvalidArgumentError(`种子应为不超过 9 位的非负整数，收到“${v}”`);
  return Number(v);
}
