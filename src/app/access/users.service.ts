/**
 * Account administration: list, create, change role or scope, disable, reset; bulk creation from
 * an .xlsx list. An administrator manages only accounts inside its own scope and can give only the
 * roles its role may assign (config/roles.yaml). Security-audit accounts (三权分立, roles with
 * `securityAudit: true`) are out of reach of account administration altogether: only the operator
 * at the command line on the server manages them. Every change is audited with old and new values,
 * and so is every refused privilege change (outcome 'denied').
 */
import type { Db } from '../../db/database.ts';
import {
  clearLoginFailures,
  endSessionsOf,
  findAccountById,
  findAccountByUsername,
  insertAccounts,
  listAccounts,
  replacePassword,
  updateAccountFields,
  usernamesTaken,
  type NewAccount,
  type StoredAccount,
} from '../../db/access/access.repository.ts';
import type {
  Account,
  RoleCode,
  RowError,
  Scope,
  ScopeLevel,
  UserImportRow,
} from '../../domain/access/access.types.ts';
import { scopeWithin } from '../../domain/access/scope.ts';
import type { OrgLevel } from '../../domain/registry/registry.types.ts';
import { AppError } from '../app-error.ts';
import type { DataSnapshots } from '../shared/data.snapshot.ts';
import type { DatasetView } from '../shared/dataset.cache.ts';
import type { Actor, AuditService } from './audit.service.ts';
import type { Clock, SessionContext } from './auth.service.ts';
import { generateInitialPassword, hashPassword } from './password.hasher.ts';
import { newPasswordProblems, PASSWORD_HISTORY } from './password.rules.ts';
import type { RoleTable } from './roles.loader.ts';

export const USERNAME_PATTERN = /^[a-z0-9_.-]{3,32}$/;

/**
 * scrypt cost for generated initial passwords (2^12 instead of 2^15): they are random with about
 * 80 bits of entropy, so a slow hash adds nothing against guessing, and they must be replaced at
 * the first login, where the full cost applies. This keeps a 2,000-account import in seconds.
 */
export const INITIAL_PASSWORD_LOG2N = 12;

/** The row error of an imported user name that is taken (the API counts them toward its limit). */
export const USERNAME_TAKEN_MESSAGE = '用户名已被使用';

/** Who manages: a session's account, or the operator at the command line (no scope limit). */
export interface Manager {
  actor: Actor;
  /** null = the command-line operator, who may do anything. */
  session: SessionContext | null;
}

export interface NewAccountInput {
  username: string;
  displayName: string;
  role: RoleCode;
  scopeCode: string;
  /** Omit to generate a random initial password (returned once). */
  password?: string;
}

export interface AccountChange {
  displayName?: string;
  role?: RoleCode;
  scopeCode?: string;
  disabled?: boolean;
  /** Lift a lockout after failed logins. */
  unlock?: boolean;
}

/** An account as the administration page lists it: with its role's and unit's names. */
export interface ManagedAccount extends Account {
  roleName: string;
  /** null: the unit is not in the registry (any more). */
  scopeName: string | null;
}

export interface ManagedAccounts {
  items: ManagedAccount[];
  roles: Array<{ code: RoleCode; name: string; scopeLevels: ScopeLevel[]; assignable: boolean }>;
  units: Array<{ code: string; name: string; level: OrgLevel }>;
}

const publicAccount = (a: StoredAccount): Account => {
  const { passwordHash: _omit, ...rest } = a;
  return rest;
};

const scopeCodeOf = (s: Scope) => (s.kind === 'org' ? s.orgCode : s.institutionCode);

export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly roles: RoleTable,
    private readonly audit: AuditService,
    private readonly data: DataSnapshots,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** Resolves a scope code to a scope and its level, or explains (in Chinese) why it cannot. */
  resolveScope(view: DatasetView, code: string): { scope: Scope; level: ScopeLevel } | string {
    if (/^[0-9A-Za-z]{10}$/.test(code)) {
      if (!view.institutions.has(code)) return `学校（机构）代码 ${code} 不存在或不在您的管理范围内`;
      return { scope: { kind: 'institution', institutionCode: code }, level: 'institution' };
    }
    const org = view.orgIndex.byCode.get(code);
    if (!org) return `单位代码 ${code} 不存在或不在您的管理范围内`;
    return { scope: { kind: 'org', orgCode: code }, level: org.level };
  }

  private canSee(view: DatasetView, manager: Manager, target: Scope): boolean {
    if (!manager.session) return true;
    return scopeWithin(view.orgIndex, target, manager.session.account.scope, (c) => view.institutions.get(c));
  }

  /**
   * Validates role and scope for a new or changed account; returns Chinese problems, and among
   * them those that are refused privileges (a role the manager may not give, a unit outside its
   * scope), which are audited.
   */
  private checkAssignment(
    view: DatasetView,
    manager: Manager,
    role: RoleCode,
    scopeCode: string,
  ): { scope?: Scope; problems: string[]; denied: string[] } {
    const problems: string[] = [];
    const denied: string[] = [];
    const def = this.roles.get(role);
    if (!def) return { problems: [`角色 ${role} 未定义`], denied };
    if (manager.session && !manager.session.role.assignableRoles.includes(role)) {
      const p = `您的角色（${manager.session.role.name}）不能分配“${def.name}”角色`;
      problems.push(p);
      denied.push(p);
    }
    const resolved = this.resolveScope(view, scopeCode);
    if (typeof resolved === 'string') return { problems: [...problems, resolved], denied };
    // Outside the manager's scope reads exactly like "does not exist" (no probing of other units).
    if (!this.canSee(view, manager, resolved.scope)) {
      const what = resolved.level === 'institution' ? '学校（机构）代码' : '单位代码';
      const p = `${what} ${scopeCode} 不存在或不在您的管理范围内`;
      return { problems: [...problems, p], denied: [...denied, `${p}（超出管理范围）`] };
    }
    if (!def.scopeLevels.includes(resolved.level)) {
      const names: Record<ScopeLevel, string> = {
        city: '市级',
        county: '县级',
        township: '乡镇级',
        institution: '学校',
      };
      problems.push(
        `“${def.name}”只能属于${def.scopeLevels.map((l) => names[l]).join('或')}单位，${scopeCode} 是${names[resolved.level]}`,
      );
    }
    return { scope: resolved.scope, problems, denied };
  }

  private isSecurityAudit(role: RoleCode): boolean {
    return this.roles.get(role)?.securityAudit === true;
  }

  /** The refusal of any account administration that touches a security-audit account or role. */
  private securityAuditRefusal(role: RoleCode): AppError {
    const name = this.roles.get(role)?.name ?? role;
    return new AppError(
      'FORBIDDEN',
      `“${name}”是安全审计角色（三权分立）：安全审计账号只能由服务器上的操作员按规定程序（命令行 eduplan user，见 docs/SECURITY.md）新建、修改、重置、解锁、启用或停用，账号管理不能操作；本次尝试已记入安全审计日志`,
    );
  }

  /** Records a refused privilege change (outcome 'denied') and throws the refusal. */
  private async deny(
    manager: Manager,
    entry: { action: string; targetId: string; newValue?: unknown; detail?: string },
    error: AppError,
  ): Promise<never> {
    await this.audit.record(manager.actor, {
      action: entry.action,
      outcome: 'denied',
      targetType: 'account',
      targetId: entry.targetId,
      ...(entry.newValue !== undefined ? { newValue: entry.newValue } : {}),
      detail: entry.detail ?? error.message,
    });
    throw error;
  }

  private async requireManaged(view: DatasetView, manager: Manager, id: number): Promise<StoredAccount> {
    const acc = await findAccountById(this.db, id);
    // Accounts outside the manager's scope answer as not found; the refusal is audited (the API
    // writes `access.denied` for the account id asked for), a missing id is not.
    if (!acc) throw new AppError('ACCOUNT_NOT_FOUND', `账号 ${id} 不存在`);
    if (!this.canSee(view, manager, acc.scope))
      throw new AppError('ACCOUNT_NOT_FOUND', `账号 ${id} 不存在`).hiding('account', String(id));
    return acc;
  }

  async list(
    manager: Manager,
    filter: { role?: RoleCode; q?: string; scopeCode?: string } = {},
  ): Promise<Account[]> {
    const view = await this.data.current().view();
    const q = filter.q?.toLowerCase();
    return (await listAccounts(this.db))
      .filter((a) => this.canSee(view, manager, a.scope))
      .filter((a) => !filter.role || a.role === filter.role)
      .filter((a) => !filter.scopeCode || scopeCodeOf(a.scope) === filter.scopeCode)
      .filter((a) => !q || a.username.includes(q) || a.displayName.toLowerCase().includes(q))
      .map(publicAccount);
  }

  /**
   * The accounts list of the administration page: the accounts in the manager's scope with their
   * role's and unit's names, every role with whether the manager may give it (and where it may be
   * anchored), and the org units of the manager's scope an account can belong to.
   */
  async listForManager(
    manager: Manager,
    filter: { role?: RoleCode; q?: string; scopeCode?: string } = {},
  ): Promise<ManagedAccounts> {
    const view = await this.data.current().view();
    const items = (await this.list(manager, filter)).map((a) => {
      const code = scopeCodeOf(a.scope);
      const scopeName =
        a.scope.kind === 'institution'
          ? (view.institutions.get(code)?.name ?? null)
          : (view.orgIndex.byCode.get(code)?.name ?? null);
      return { ...a, roleName: this.roles.get(a.role)?.name ?? a.role, scopeName };
    });
    const assignable = manager.session?.role.assignableRoles;
    const roles = [...this.roles.values()].map((r) => ({
      code: r.code,
      name: r.name,
      scopeLevels: [...r.scopeLevels],
      // 三权分立: a security-audit role is never given through account administration.
      assignable: !r.securityAudit && (assignable ? assignable.includes(r.code) : true),
    }));
    const units = [...view.orgIndex.byCode.values()]
      .filter((u) => this.canSee(view, manager, { kind: 'org', orgCode: u.code }))
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((u) => ({ code: u.code, name: u.name, level: u.level }));
    return { items, roles, units };
  }

  /** The id of the account with a user name (command line), or ACCOUNT_NOT_FOUND. */
  async idOf(manager: Manager, username: string): Promise<number> {
    const acc = await findAccountByUsername(this.db, username.trim().toLowerCase());
    if (!acc || !this.canSee(await this.data.current().view(), manager, acc.scope)) {
      throw new AppError('ACCOUNT_NOT_FOUND', `账号 ${username} 不存在`);
    }
    return acc.id;
  }

  async get(manager: Manager, id: number): Promise<Account> {
    return publicAccount(await this.requireManaged(await this.data.current().view(), manager, id));
  }

  async create(
    manager: Manager,
    input: NewAccountInput,
  ): Promise<{ account: Account; initialPassword: string | null }> {
    const view = await this.data.current().view();
    const username = input.username.trim().toLowerCase();
    const requested = {
      username,
      displayName: input.displayName,
      role: input.role,
      scopeCode: input.scopeCode,
    };
    if (manager.session && this.isSecurityAudit(input.role)) {
      await this.deny(
        manager,
        { action: 'account.create', targetId: username, newValue: requested, detail: '试图新建安全审计账号' },
        this.securityAuditRefusal(input.role),
      );
    }
    const problems: Array<{ field: string; message: string }> = [];
    if (!USERNAME_PATTERN.test(username))
      problems.push({ field: 'username', message: '用户名应为 3–32 位小写字母、数字、下划线、点或连字符' });
    const displayName = input.displayName.trim();
    if (displayName.length < 1 || displayName.length > 30)
      problems.push({ field: 'displayName', message: '姓名应为 1–30 个字符' });
    const {
      scope,
      problems: assignProblems,
      denied,
    } = this.checkAssignment(view, manager, input.role, input.scopeCode);
    problems.push(...assignProblems.map((message) => ({ field: 'scopeCode', message })));
    if (input.password !== undefined) {
      problems.push(
        ...(await newPasswordProblems(this.db, input.password, username)).map((message) => ({
          field: 'password',
          message,
        })),
      );
    }
    if (problems.length > 0) {
      const error = new AppError('VALIDATION_FAILED', `无法创建账号：${problems[0]!.message}`, problems);
      if (denied.length > 0)
        await this.deny(
          manager,
          { action: 'account.create', targetId: username, newValue: requested, detail: denied.join('；') },
          error,
        );
      throw error;
    }
    if ((await usernamesTaken(this.db, [username])).size > 0) {
      // Tells that the name exists somewhere (perhaps outside the manager's scope): recorded, and
      // limited per administrator by the API.
      await this.audit.record(manager.actor, {
        action: 'account.create',
        outcome: 'failure',
        targetType: 'account',
        targetId: username,
        newValue: requested,
        detail: `用户名 ${username} 已被使用（已告知操作人该用户名存在）`,
      });
      throw new AppError('USERNAME_TAKEN', `用户名 ${username} 已被使用`, [
        { field: 'username', value: username, message: USERNAME_TAKEN_MESSAGE },
      ]);
    }
    const initialPassword = input.password === undefined ? generateInitialPassword() : null;
    const row: NewAccount = {
      username,
      displayName,
      role: input.role,
      scope: scope!,
      passwordHash:
        input.password !== undefined
          ? await hashPassword(input.password)
          : await hashPassword(initialPassword!, INITIAL_PASSWORD_LOG2N),
      // An administrator-chosen or generated password is known to someone else: change it first.
      mustChangePassword: true,
    };
    await this.db.transaction(async (tx) => {
      await insertAccounts(tx as unknown as Db, [row]);
      await this.audit.record(
        manager.actor,
        {
          action: 'account.create',
          outcome: 'success',
          targetType: 'account',
          targetId: username,
          newValue: { username, displayName, role: input.role, scope: row.scope },
        },
        tx as unknown as Db,
      );
    });
    const created = (await listAccounts(this.db)).find((a) => a.username === username)!;
    return { account: publicAccount(created), initialPassword };
  }

  async update(manager: Manager, id: number, change: AccountChange): Promise<Account> {
    if (Object.values(change).every((v) => v === undefined)) {
      throw new AppError('VALIDATION_FAILED', '没有要修改的内容', [
        { field: 'body', message: '至少提供一项修改' },
      ]);
    }
    const view = await this.data.current().view();
    const acc = await this.requireManaged(view, manager, id);
    const permission = change.role !== undefined || change.scopeCode !== undefined;
    const action =
      change.disabled === true
        ? 'account.disable'
        : change.disabled === false
          ? 'account.enable'
          : permission
            ? 'account.permission'
            : change.unlock
              ? 'account.unlock'
              : 'account.update';
    const refused = { action, targetId: acc.username, newValue: change };
    if (manager.session) {
      // 三权分立: a security-audit account, or a change into one, is out of reach.
      if (this.isSecurityAudit(acc.role)) {
        await this.deny(
          manager,
          { ...refused, detail: '试图修改安全审计账号' },
          this.securityAuditRefusal(acc.role),
        );
      }
      if (change.role !== undefined && this.isSecurityAudit(change.role)) {
        await this.deny(
          manager,
          { ...refused, detail: '试图把账号改为安全审计角色' },
          this.securityAuditRefusal(change.role),
        );
      }
      if (manager.session.account.id === id && (permission || change.disabled)) {
        await this.deny(
          manager,
          refused,
          new AppError('FORBIDDEN', '不能修改自己的角色、单位或停用自己的账号'),
        );
      }
      // The account's current role must also be one the manager may hand out (no editing of peers above).
      if (!manager.session.role.assignableRoles.includes(acc.role)) {
        await this.deny(
          manager,
          refused,
          new AppError('FORBIDDEN', `您的角色不能管理“${this.roles.get(acc.role)?.name ?? acc.role}”账号`),
        );
      }
    }
    const role = change.role ?? acc.role;
    const scopeCode = change.scopeCode ?? scopeCodeOf(acc.scope);
    const fields: { displayName?: string; role?: RoleCode; scope?: Scope; disabledAt?: string | null } = {};
    if (permission) {
      const { scope, problems, denied } = this.checkAssignment(view, manager, role, scopeCode);
      if (problems.length > 0) {
        const error = new AppError(
          'VALIDATION_FAILED',
          `无法修改账号：${problems[0]}`,
          problems.map((message) => ({ field: 'scopeCode', message })),
        );
        if (denied.length > 0) await this.deny(manager, { ...refused, detail: denied.join('；') }, error);
        throw error;
      }
      fields.role = role;
      fields.scope = scope!;
    }
    if (change.displayName !== undefined) {
      const d = change.displayName.trim();
      if (d.length < 1 || d.length > 30)
        throw new AppError('VALIDATION_FAILED', '姓名应为 1–30 个字符', [
          { field: 'displayName', message: '姓名应为 1–30 个字符' },
        ]);
      fields.displayName = d;
    }
    const now = this.clock().toISOString();
    if (change.disabled !== undefined) fields.disabledAt = change.disabled ? now : null;
    const before = {
      displayName: acc.displayName,
      role: acc.role,
      scope: acc.scope,
      disabled: acc.disabled,
      lockedUntil: acc.lockedUntil,
    };
    await this.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      await updateAccountFields(tx, id, fields);
      if (change.unlock) await clearLoginFailures(tx, id);
      if (change.disabled || fields.role || fields.scope) await endSessionsOf(tx, id, now);
      const after = {
        displayName: fields.displayName ?? acc.displayName,
        role: fields.role ?? acc.role,
        scope: fields.scope ?? acc.scope,
        disabled: change.disabled ?? acc.disabled,
        lockedUntil: change.unlock ? null : acc.lockedUntil,
      };
      await this.audit.record(
        manager.actor,
        {
          action,
          outcome: 'success',
          targetType: 'account',
          targetId: acc.username,
          oldValue: before,
          newValue: after,
        },
        tx,
      );
    });
    return this.get(manager, id);
  }

  /**
   * Sets a new random initial password, forces a change at next login, ends the account's sessions.
   * The outgoing password joins the account's history, so it cannot be chosen again afterwards.
   */
  async resetPassword(manager: Manager, id: number): Promise<{ account: Account; initialPassword: string }> {
    const view = await this.data.current().view();
    const acc = await this.requireManaged(view, manager, id);
    if (manager.session) {
      const refused = { action: 'account.reset', targetId: acc.username };
      if (this.isSecurityAudit(acc.role)) {
        await this.deny(
          manager,
          { ...refused, detail: '试图重置安全审计账号的密码' },
          this.securityAuditRefusal(acc.role),
        );
      }
      if (manager.session.account.id === id) {
        // Otherwise a stolen session could set a known password without the current one.
        await this.deny(
          manager,
          refused,
          new AppError('FORBIDDEN', '不能重置自己的密码，请使用“修改密码”（需要当前密码）'),
        );
      }
      if (!manager.session.role.assignableRoles.includes(acc.role)) {
        await this.deny(
          manager,
          refused,
          new AppError('FORBIDDEN', `您的角色不能管理“${this.roles.get(acc.role)?.name ?? acc.role}”账号`),
        );
      }
    }
    const initialPassword = generateInitialPassword();
    const now = this.clock().toISOString();
    const hash = await hashPassword(initialPassword, INITIAL_PASSWORD_LOG2N);
    await this.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      await replacePassword(tx, id, {
        passwordHash: hash,
        mustChangePassword: true,
        changedAt: now,
        keepPrevious: PASSWORD_HISTORY - 1,
      });
      await endSessionsOf(tx, id, now);
      await this.audit.record(
        manager.actor,
        { action: 'account.reset', outcome: 'success', targetType: 'account', targetId: acc.username },
        tx,
      );
    });
    return { account: await this.get(manager, id), initialPassword };
  }

  /**
   * A bulk account file (.xlsx) from upload to the one-time list of initial passwords: parsed
   * (user-import.parser.ts), created all or nothing (importRows), the list written as an .xlsx and
   * handed over by `deliver` (the CLI writes it to `destination`; the API sends it), and only then
   * the hand-over audited as an export.
   */
  async importWorkbook(
    manager: Manager,
    data: Uint8Array,
    handOver: { destination?: string; deliver?: (file: Buffer) => void | Promise<void> } = {},
  ): Promise<{ created: number; file: Buffer }> {
    const { parseUserImportWorkbook } = await import('./user-import.parser.ts');
    const { buildCredentialsWorkbook } = await import('./credentials.export.ts');
    const { rows, errors } = await parseUserImportWorkbook(data);
    const created = await this.importRows(manager, rows, errors);
    const file = await buildCredentialsWorkbook(created);
    await handOver.deliver?.(file);
    await this.audit.record(manager.actor, {
      action: 'export',
      outcome: 'success',
      targetType: 'credentials',
      detail: `导出 ${created.length} 个新账号的初始密码${handOver.destination ? `到 ${handOver.destination}` : ''}`,
    });
    return { created: created.length, file };
  }

  /**
   * Creates many accounts at once (all or nothing). Rows come from the .xlsx parser; here each row
   * is checked against the registry, the manager's rights and existing user names. Returns the
   * accounts with their one-time initial passwords.
   */
  async importRows(
    manager: Manager,
    rows: UserImportRow[],
    parseErrors: RowError[],
  ): Promise<Array<{ row: UserImportRow; initialPassword: string }>> {
    const view = await this.data.current().view();
    // 三权分立: no security-audit account by import, whatever else the file holds.
    const auditRows = manager.session ? rows.filter((r) => this.isSecurityAudit(r.role)) : [];
    if (auditRows.length > 0) {
      const refusal = this.securityAuditRefusal(auditRows[0]!.role);
      await this.audit.record(manager.actor, {
        action: 'account.import',
        outcome: 'denied',
        newValue: auditRows.map((r) => ({
          row: r.row,
          username: r.username,
          role: r.role,
          scopeCode: r.scopeCode,
        })),
        detail: `导入被拒绝：试图批量新建 ${auditRows.length} 个安全审计账号`,
      });
      throw new AppError(
        'FORBIDDEN',
        refusal.message,
        auditRows.map((r) => ({
          field: `第 ${r.row} 行「角色」`,
          value: r.role,
          message: `不能通过导入新建“${this.roles.get(r.role)?.name ?? r.role}”账号（安全审计角色）`,
        })),
      );
    }
    const errors: RowError[] = [...parseErrors];
    const taken = await usernamesTaken(
      this.db,
      rows.map((r) => r.username),
    );
    const accepted: Array<{ row: UserImportRow; scope: Scope }> = [];
    const deniedRows: Array<{ row: number; problems: string[] }> = [];
    for (const r of rows) {
      const rowErrors: RowError[] = [];
      if (taken.has(r.username))
        rowErrors.push({ row: r.row, column: '用户名', value: r.username, message: USERNAME_TAKEN_MESSAGE });
      const { scope, problems, denied } = this.checkAssignment(view, manager, r.role, r.scopeCode);
      if (denied.length > 0) deniedRows.push({ row: r.row, problems: denied });
      for (const message of problems) {
        const column = message.includes('角色') && !message.includes('单位') ? '角色' : '所属单位代码';
        rowErrors.push({ row: r.row, column, value: column === '角色' ? r.role : r.scopeCode, message });
      }
      if (rowErrors.length > 0) errors.push(...rowErrors);
      else accepted.push({ row: r, scope: scope! });
    }
    if (errors.length > 0 || accepted.length === 0) {
      const sorted = errors.sort((a, b) => a.row - b.row);
      const takenNames = rows.filter((r) => taken.has(r.username)).map((r) => r.username);
      await this.audit.record(manager.actor, {
        action: 'account.import',
        outcome: deniedRows.length > 0 ? 'denied' : 'failure',
        ...(takenNames.length > 0 || deniedRows.length > 0
          ? {
              newValue: {
                ...(takenNames.length > 0 ? { takenUsernames: takenNames } : {}),
                ...(deniedRows.length > 0 ? { deniedRows } : {}),
              },
            }
          : {}),
        detail: `导入被拒绝：${sorted.length} 处错误${takenNames.length > 0 ? `，其中 ${takenNames.length} 个用户名已被使用（已告知操作人）` : ''}${deniedRows.length > 0 ? `，${deniedRows.length} 行超出权限` : ''}`,
      });
      throw new AppError(
        'IMPORT_REJECTED',
        sorted.length > 0
          ? `导入文件有 ${sorted.length} 处错误，未创建任何账号`
          : '导入文件没有数据行，未创建任何账号',
        sorted.map((e) => ({
          field: e.column ? `第 ${e.row} 行「${e.column}」` : `第 ${e.row} 行`,
          value: e.value,
          message: e.message,
        })),
      );
    }
    const passwords = accepted.map(() => generateInitialPassword());
    // Eight at a time: the hashing threads stay free enough for people logging in meanwhile.
    const hashes: string[] = [];
    for (let i = 0; i < passwords.length; i += 8) {
      hashes.push(
        ...(await Promise.all(passwords.slice(i, i + 8).map((p) => hashPassword(p, INITIAL_PASSWORD_LOG2N)))),
      );
    }
    const newRows: NewAccount[] = accepted.map((a, i) => ({
      username: a.row.username,
      displayName: a.row.displayName,
      role: a.row.role,
      scope: a.scope,
      passwordHash: hashes[i]!,
      mustChangePassword: true,
    }));
    await this.db.transaction(async (txRaw) => {
      const tx = txRaw as unknown as Db;
      await insertAccounts(tx, newRows);
      await this.audit.recordMany(
        manager.actor,
        newRows.map((n) => ({
          action: 'account.create',
          outcome: 'success' as const,
          targetType: 'account',
          targetId: n.username,
          newValue: { username: n.username, displayName: n.displayName, role: n.role, scope: n.scope },
          detail: '批量导入',
        })),
        tx,
      );
    });
    return accepted.map((a, i) => ({ row: a.row, initialPassword: passwords[i]! }));
  }
}
