/** Sessions (login, who am I, logout, change password), accounts and the audit log. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/app.context.ts';
import { AppError } from '../../app/app-error.ts';
import { verifyAuditChain, type AuditChainReport } from '../../app/access/audit-chain.ts';
import {
  auditActionChoices,
  auditActionLabel,
  auditOutcomeLabel,
  auditTargetTypeLabel,
} from '../../app/access/audit-labels.ts';
import {
  USERNAME_TAKEN_MESSAGE,
  type ManagedAccounts,
  type Manager,
} from '../../app/access/users.service.ts';
import { ROLE_CODES, type Account, type RoleCode } from '../../domain/access/access.types.ts';
import { errorResponses, intParam, responses, textParam } from '../api.schema.ts';
import { actorOf, clearSessionCookie, sessionOf, setSessionCookie } from '../auth.plugin.ts';
import { sendXlsxFile, uploadedFile } from '../file-reply.ts';
import { SlidingWindowLimiter } from '../rate-limit.ts';
import { assertSchemaMatches } from '../schema-match.ts';

const scopeSchema = z.union([
  z.object({ kind: z.literal('org'), orgCode: z.string() }),
  z.object({ kind: z.literal('institution'), institutionCode: z.string() }),
]);

const accountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLE_CODES as unknown as [string, ...string[]]),
  scope: scopeSchema,
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  failedAttempts: z.number().int(),
  createdAt: z.string(),
  passwordChangedAt: z.string().nullable(),
});

const scopeLevelSchema = z.enum(['city', 'county', 'township', 'institution']);
const roleCodeSchema = z.enum(ROLE_CODES as unknown as [RoleCode, ...RoleCode[]]);

const managedAccountsSchema = z
  .object({
    items: z.array(
      accountSchema.extend({
        role: roleCodeSchema,
        roleName: z.string().describe('角色名称，如“学校填报员”'),
        scopeName: z.string().nullable().describe('所属单位或学校的名称；名录中已没有该单位时为 null'),
      }),
    ),
    roles: z
      .array(
        z.object({
          code: roleCodeSchema,
          name: z.string(),
          scopeLevels: z.array(scopeLevelSchema),
          assignable: z
            .boolean()
            .describe('当前账号能否分配此角色（角色配置的 assignableRoles；安全审计角色一律不能）'),
        }),
      )
      .describe('全部角色（名称用于显示）及当前账号能否分配'),
    units: z
      .array(z.object({ code: z.string(), name: z.string(), level: z.enum(['city', 'county', 'township']) }))
      .describe('当前账号管理范围内的组织机构（市、县市区、乡镇），新账号可属于其中之一或其中的学校'),
  })
  .meta({ id: 'ManagedAccounts' });
assertSchemaMatches<typeof managedAccountsSchema, ManagedAccounts>(true);

const auditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorId: z.number().int().nullable(),
    actorUsername: z.string().nullable(),
    ip: z.string().nullable(),
    action: z.string(),
    actionLabel: z.string().describe('操作类型的中文名称，如“审核通过填报表”'),
    outcome: z.string(),
    outcomeLabel: z.string().describe('结果的中文：成功、失败、拒绝'),
    targetType: z.string().nullable(),
    targetTypeLabel: z.string().nullable().describe('对象类型的中文，如“账号”“填报表”'),
    targetId: z.string().nullable(),
    oldValue: z.unknown().describe('修改前的值（任意 JSON）'),
    newValue: z.unknown().describe('修改后的值（任意 JSON）'),
    detail: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const auditChainAnchorSchema = z.object({ id: z.number().int(), hash: z.string() });
const auditChainReportSchema = z
  .object({
    ok: z.boolean(),
    rows: z.number().int().describe('校验的记录数'),
    brokenRows: z.number().int().describe('内容或链接不符的记录数'),
    sealed: z.number().int().nullable().describe('链头记载封存的记录数；链头缺失时为 null'),
    last: auditChainAnchorSchema
      .nullable()
      .describe('日志的最后一条记录（编号和哈希），应保存在数据库之外，作为下次校验的锚点'),
    problems: z.array(
      z.object({
        kind: z.enum([
          'contentChanged',
          'linkBroken',
          'missingHash',
          'headMissing',
          'countMismatch',
          'endMismatch',
          'anchorMissing',
          'anchorMismatch',
        ]),
        id: z.number().int().nullable(),
        message: z.string(),
        expected: z.string().nullable(),
        found: z.string().nullable(),
      }),
    ),
    problemCount: z.number().int(),
    anchor: auditChainAnchorSchema.extend({ ok: z.boolean() }).nullable(),
  })
  .meta({ id: 'AuditChainReport' });
assertSchemaMatches<typeof auditChainReportSchema, AuditChainReport>(true);

const sessionSchema = z.object({
  account: accountSchema,
  role: z.object({ code: z.string(), name: z.string() }),
  permissions: z.array(z.string()),
  csrfToken: z.string().describe('状态变更请求须在请求头 X-CSRF-Token 中携带'),
  mustChangePassword: z.boolean(),
  defaultYear: z
    .number()
    .int()
    .nullable()
    .describe('页面默认显示的学年：本单位（学校账号为全市）数据完整的最近学年；无数据时为 null'),
});

async function presentSession(s: { account: Account; csrfToken: string }, ctx: AppContext) {
  const role = ctx.roles.get(s.account.role)!;
  return {
    account: s.account,
    role: { code: role.code, name: role.name },
    permissions: [...role.permissions],
    csrfToken: s.csrfToken,
    mustChangePassword: s.account.mustChangePassword,
    defaultYear: s.account.mustChangePassword
      ? null
      : ((await ctx.targets.defaultYearFor(s.account.scope)) ?? null),
  };
}

const roleParam = z
  .enum(ROLE_CODES as unknown as [string, ...string[]], {
    error: () => `角色应为 ${ROLE_CODES.join('、')} 之一`,
  })
  .transform((v) => v as Account['role']);
const scopeCodeParam = z
  .string()
  .regex(/^(\d{6}|\d{9}|[0-9A-Za-z]{10})$/, '单位代码应为 6 位或 9 位数字，或 10 位学校（机构）代码');
const idParam = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, '账号编号应为正整数')
    .transform(Number),
});

export interface LoginLimits {
  /** Failed logins allowed from one client address per window (password spraying). */
  failuresPerIp: number;
  /** Failed logins allowed for one user name per window, whichever address they come from. */
  failuresPerUser: number;
  windowMs: number;
  /**
   * "User name taken" answers (409, and taken names in a rejected account import) allowed per
   * administrator per `takenNamesWindowMs`: each tells that a name exists, perhaps outside the
   * administrator's scope.
   */
  takenNamesPerManager?: number;
  takenNamesWindowMs?: number;
}

/** A whole bureau may sit behind one address, so only failures count, and generously. */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  failuresPerIp: 30,
  failuresPerUser: 10,
  windowMs: 5 * 60_000,
  takenNamesPerManager: 10,
  takenNamesWindowMs: 60 * 60_000,
};

export function accessRoutes(
  ctx: AppContext,
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
): FastifyPluginAsyncZod {
  const byIp = new SlidingWindowLimiter(limits.failuresPerIp, limits.windowMs);
  const byUser = new SlidingWindowLimiter(limits.failuresPerUser, limits.windowMs);
  const reported = new Set<string>();
  const manager = (request: FastifyRequest): Manager => ({ actor: actorOf(request), session: request.auth });
  const takenPerManager = limits.takenNamesPerManager ?? DEFAULT_LOGIN_LIMITS.takenNamesPerManager!;
  const takenWindowMs = limits.takenNamesWindowMs ?? DEFAULT_LOGIN_LIMITS.takenNamesWindowMs!;
  const takenNames = new SlidingWindowLimiter(takenPerManager, takenWindowMs);
  const takenReported = new Set<string>();
  /** Refuses an account creation while the administrator's "name taken" answers are used up. */
  const checkTakenNames = async (
    request: FastifyRequest,
    reply: { header(k: string, v: string): unknown },
  ) => {
    const key = String(sessionOf(request).account.id);
    const wait = takenNames.wait(key);
    if (wait === 0) {
      takenReported.delete(key);
      return;
    }
    reply.header('Retry-After', String(wait));
    // One audit row per administrator and window, not one per refused request.
    if (!takenReported.has(key)) {
      takenReported.add(key);
      await ctx.audit.record(actorOf(request), {
        action: 'account.create',
        outcome: 'denied',
        detail: `“用户名已被使用”的答复超过每 ${Math.round(takenWindowMs / 60_000)} 分钟 ${takenPerManager} 次（限流，防止探测其他单位的用户名），本时段内不再逐次记录`,
      });
    }
    throw new AppError(
      'RATE_LIMITED',
      `新建账号时“用户名已被使用”的次数过多（每 ${Math.round(takenWindowMs / 60_000)} 分钟最多 ${takenPerManager} 次），请 ${wait} 秒后再试`,
    );
  };
  const countTakenNames = (request: FastifyRequest, e: unknown) => {
    if (!(e instanceof AppError)) return;
    const n =
      e.code === 'USERNAME_TAKEN'
        ? 1
        : e.code === 'IMPORT_REJECTED'
          ? e.details.filter((d) => d.message === USERNAME_TAKEN_MESSAGE).length
          : 0;
    const key = String(sessionOf(request).account.id);
    for (let i = 0; i < Math.min(n, takenPerManager); i++) takenNames.hit(key);
  };

  return async (app) => {
    app.post(
      '/session',
      {
        config: { access: { public: true } },
        schema: {
          tags: ['access'],
          summary: '登录：成功后设置会话 Cookie（httpOnly、SameSite=Strict），返回账号和防伪令牌',
          body: z.strictObject({
            username: textParam('用户名', 64).pipe(z.string().min(1, '请输入用户名')),
            password: z.string().min(1, '请输入密码').max(256, '密码过长'),
          }),
          response: responses(sessionSchema),
        },
      },
      async (request, reply) => {
        const userKey = request.body.username.trim().toLowerCase().slice(0, 64);
        const wait = Math.max(byIp.wait(request.ip), byUser.wait(userKey));
        if (wait > 0) {
          reply.header('Retry-After', String(wait));
          // One audit row per address and window, not one per refused attempt.
          if (!reported.has(request.ip)) {
            reported.add(request.ip);
            await ctx.audit.record(
              {
                id: null,
                username: /^[a-z0-9_.-]{1,64}$/.test(userKey) ? userKey : '（无效的用户名）',
                ip: request.ip,
              },
              {
                action: 'login',
                outcome: 'denied',
                detail: '登录尝试过于频繁（限流），本时段内不再逐次记录',
              },
            );
          }
          throw new AppError('RATE_LIMITED', `登录尝试过于频繁，请 ${wait} 秒后再试`);
        }
        reported.delete(request.ip);
        // Counted on entry, so that a burst of parallel attempts cannot slip past the limit.
        byIp.hit(request.ip);
        byUser.hit(userKey);
        const r = await ctx.auth.login(request.body.username, request.body.password, {
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        byIp.refund(request.ip);
        byUser.refund(userKey);
        setSessionCookie(request, reply, r.token);
        return presentSession(r, ctx);
      },
    );

    app.get(
      '/session',
      {
        config: { access: { authenticated: true, duringPasswordChange: true } },
        schema: {
          tags: ['access'],
          summary: '当前会话：账号、角色、权限和防伪令牌',
          response: responses(sessionSchema),
        },
      },
      async (request) => presentSession(sessionOf(request), ctx),
    );

    app.delete(
      '/session',
      {
        config: { access: { authenticated: true, duringPasswordChange: true } },
        schema: {
          tags: ['access'],
          summary: '退出登录',
          response: responses(z.object({ ok: z.literal(true) })),
        },
      },
      async (request, reply) => {
        await ctx.auth.logout(sessionOf(request), request.ip);
        clearSessionCookie(request, reply);
        return { ok: true as const };
      },
    );

    app.post(
      '/session/password',
      {
        config: { access: { authenticated: true, duringPasswordChange: true } },
        schema: {
          tags: ['access'],
          summary:
            '修改本人密码（至少 8 位，含大小写字母、数字、符号中的至少 3 类，不是常见密码，不是最近 5 次用过的密码）；其他会话随之失效。当前密码错误计入登录失败次数，达到 5 次账号锁定 15 分钟、会话全部结束',
          body: z.strictObject({
            currentPassword: z.string().min(1, '请输入当前密码').max(256),
            newPassword: z.string().min(1, '请输入新密码').max(256, '密码过长'),
          }),
          response: responses(z.object({ ok: z.literal(true) })),
        },
      },
      async (request) => {
        await ctx.auth.changePassword(
          sessionOf(request),
          request.body.currentPassword,
          request.body.newPassword,
          request.ip,
        );
        return { ok: true as const };
      },
    );

    app.get(
      '/users',
      {
        config: { access: { permission: 'users.read' } },
        schema: {
          tags: ['access'],
          summary: '本单位范围内的账号（含角色和单位名称），全部角色及能否分配，范围内的组织机构',
          querystring: z.strictObject({
            role: roleParam.optional(),
            q: textParam('搜索词', 50).optional(),
            scopeCode: scopeCodeParam.optional(),
          }),
          response: responses(managedAccountsSchema),
        },
      },
      async (request) => {
        const q = request.query;
        return ctx.users.listForManager(manager(request), {
          ...(q.role ? { role: q.role } : {}),
          ...(q.q ? { q: q.q } : {}),
          ...(q.scopeCode ? { scopeCode: q.scopeCode } : {}),
        });
      },
    );

    app.get(
      '/users/import-template',
      {
        config: { access: { permission: 'users.manage' } },
        schema: { tags: ['access'], summary: '批量创建账号的 Excel 模板' },
      },
      async (_request, reply) => {
        const { buildUserImportTemplate } = await import('../../app/access/user-import.parser.ts');
        return sendXlsxFile(reply, {
          fileName: '账号批量导入模板.xlsx',
          file: await buildUserImportTemplate({
            notImportable: [...ctx.roles.values()].filter((r) => r.securityAudit).map((r) => r.code),
          }),
        });
      },
    );

    app.get(
      '/users/:id',
      {
        config: { access: { permission: 'users.read' } },
        schema: {
          tags: ['access'],
          summary: '一个账号',
          params: idParam,
          response: responses(z.object({ account: accountSchema })),
        },
      },
      async (request) => ({ account: await ctx.users.get(manager(request), request.params.id) }),
    );

    app.post(
      '/users',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          tags: ['access'],
          summary: '新建账号；初始密码只返回这一次，首次登录须修改',
          body: z.strictObject({
            username: textParam('用户名', 64).pipe(z.string().min(1, '请输入用户名')),
            displayName: textParam('姓名', 30).pipe(z.string().min(1, '请输入姓名')),
            role: roleParam,
            scopeCode: scopeCodeParam,
          }),
          response: {
            201: z.object({ account: accountSchema, initialPassword: z.string() }),
            ...errorResponses,
          },
        },
      },
      async (request, reply) => {
        await checkTakenNames(request, reply);
        try {
          const r = await ctx.users.create(manager(request), request.body);
          reply.status(201);
          return { account: r.account, initialPassword: r.initialPassword! };
        } catch (e) {
          countTakenNames(request, e);
          throw e;
        }
      },
    );

    app.patch(
      '/users/:id',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          tags: ['access'],
          summary: '修改账号：姓名、角色、所属单位、停用或启用',
          params: idParam,
          body: z.strictObject({
            displayName: textParam('姓名', 30).pipe(z.string().min(1, '请输入姓名')).optional(),
            role: roleParam.optional(),
            scopeCode: scopeCodeParam.optional(),
            disabled: z.boolean().optional(),
            unlock: z
              .literal(true, { error: () => 'unlock 只能为 true' })
              .optional()
              .describe('解除因连续登录失败造成的锁定'),
          }),
          response: responses(z.object({ account: accountSchema })),
        },
      },
      async (request) => {
        const b = request.body;
        return {
          account: await ctx.users.update(manager(request), request.params.id, {
            ...(b.displayName !== undefined ? { displayName: b.displayName } : {}),
            ...(b.role !== undefined ? { role: b.role } : {}),
            ...(b.scopeCode !== undefined ? { scopeCode: b.scopeCode } : {}),
            ...(b.disabled !== undefined ? { disabled: b.disabled } : {}),
            ...(b.unlock ? { unlock: true } : {}),
          }),
        };
      },
    );

    app.post(
      '/users/:id/password-reset',
      {
        config: { access: { permission: 'users.manage' } },
        schema: {
          tags: ['access'],
          summary: '重置密码：生成新的初始密码（只返回这一次），该账号的会话全部失效',
          params: idParam,
          response: responses(z.object({ account: accountSchema, initialPassword: z.string() })),
        },
      },
      async (request) => ctx.users.resetPassword(manager(request), request.params.id),
    );

    app.post(
      '/users/import',
      {
        config: {
          access: { permission: 'users.manage' },
          uploadHint: '请拆分为多个文件分批导入',
          heavy: 'import',
        },
        bodyLimit: 10 * 1024 * 1024,
        schema: {
          tags: ['access'],
          summary:
            '从 Excel（.xlsx，请求体为文件内容）批量创建账号：全部成功或全部不创建；成功时返回含初始密码的 Excel（响应头 X-Accounts-Created 为新建账号数），失败时逐行列出错误',
        },
      },
      async (request, reply) => {
        await checkTakenNames(request, reply);
        let result: { created: number; file: Buffer };
        try {
          result = await ctx.users.importWorkbook(
            manager(request),
            uploadedFile(request, '账号表（Excel 文件）'),
          );
        } catch (e) {
          countTakenNames(request, e);
          throw e;
        }
        reply.header('X-Accounts-Created', String(result.created));
        return sendXlsxFile(reply, { fileName: '新账号初始密码.xlsx', file: result.file });
      },
    );

    app.get(
      '/audit',
      {
        config: { access: { permission: 'audit.read' } },
        schema: {
          tags: ['access'],
          summary:
            '安全审计日志查询（只读；日志只能追加）：按时间、操作人、操作类型、结果、对象筛选，新的在前；每条带操作类型、结果和对象类型的中文名称',
          querystring: z.strictObject({
            from: z.iso
              .datetime({
                offset: true,
                error: () => '起始时间应为 ISO 8601 时间，例如 2026-11-01T00:00:00+08:00',
              })
              .optional(),
            to: z.iso
              .datetime({
                offset: true,
                error: () => '截止时间应为 ISO 8601 时间，例如 2026-11-30T23:59:59+08:00',
              })
              .optional(),
            actor: textParam('操作人', 64).optional(),
            action: textParam('操作类型', 64).optional(),
            outcome: z
              .enum(['success', 'failure', 'denied'], { error: () => '结果应为 success、failure 或 denied' })
              .optional(),
            target: textParam('对象', 100).optional(),
            page: intParam('页码', 1, 100_000),
            pageSize: intParam('每页条数', 1, 500),
          }),
          response: responses(
            z.object({
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              items: z.array(auditEntrySchema),
              actions: z
                .array(z.object({ code: z.string(), label: z.string() }))
                .describe('平台记录的全部操作类型及其中文名称（筛选用）'),
            }),
          ),
        },
      },
      async (request) => {
        const q = request.query;
        const page = q.page ?? 1;
        const pageSize = q.pageSize ?? 50;
        const r = await ctx.audit.search({
          page,
          pageSize,
          ...(q.from ? { from: new Date(q.from).toISOString() } : {}),
          ...(q.to ? { to: new Date(q.to).toISOString() } : {}),
          ...(q.actor ? { actor: q.actor } : {}),
          ...(q.action ? { action: q.action } : {}),
          ...(q.outcome ? { outcome: q.outcome } : {}),
          ...(q.target ? { target: q.target } : {}),
        });
        return {
          total: r.total,
          page,
          pageSize,
          items: r.items.map((e) => ({
            ...e,
            actionLabel: auditActionLabel(e.action),
            outcomeLabel: auditOutcomeLabel(e.outcome),
            targetTypeLabel: auditTargetTypeLabel(e.targetType),
          })),
          actions: auditActionChoices(),
        };
      },
    );

    app.post(
      '/audit/verify',
      {
        config: { access: { permission: 'audit.read' }, heavy: 'evaluation' },
        schema: {
          tags: ['access'],
          summary:
            '校验安全审计日志的哈希链（与命令行 eduplan audit verify 相同）：逐条重算哈希，报告首批断点；可传入上次保存的锚点。校验本身记入日志',
          body: z.strictObject({
            anchor: z
              .string()
              .regex(
                /^\d{1,15}:[0-9a-f]{64}$/,
                '锚点应为“记录编号:64 位十六进制哈希”（即上次校验给出的最后一条记录）',
              )
              .optional(),
          }),
          response: responses(auditChainReportSchema),
        },
      },
      async (request) => {
        const raw = request.body.anchor;
        const anchor = raw ? { id: Number(raw.split(':')[0]), hash: raw.split(':')[1]! } : undefined;
        const r = await verifyAuditChain(ctx.db, anchor ? { anchor } : {});
        await ctx.audit.record(actorOf(request), {
          action: 'audit.verify',
          outcome: r.ok ? 'success' : 'failure',
          detail: r.ok
            ? `哈希链完好：${r.rows} 条记录（网页校验）`
            : `哈希链断开：${r.problemCount} 处问题，首个：${r.problems[0]?.message ?? ''}`.slice(0, 500),
        });
        return r;
      },
    );
  };
}
