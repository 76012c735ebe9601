/**
 * Schema of config/roles.yaml: every role exactly once, known permissions and scope levels, and
 * separation of duties (三权分立) as rules of the file: only security-audit roles
 * (`securityAudit: true`) read the audit log, they manage no accounts, and no role may hand them out.
 */
import { z } from 'zod';
import { ROLE_CODES, type RoleDefinition } from './access.types.ts';

const roleCode = z.enum(ROLE_CODES as unknown as [string, ...string[]], {
  error: (iss) => `未知的角色代码“${String(iss.input)}”，应为 ${ROLE_CODES.join('、')} 之一`,
});
const scopeLevel = z.enum(['city', 'county', 'township', 'institution'], {
  error: (iss) => `未知的范围层级“${String(iss.input)}”，应为 city、county、township 或 institution`,
});

/** The schema of the roles file, given every permission the platform knows (core and areas). */
export function rolesFileSchema(permissions: readonly string[]) {
  const permission = z.enum(permissions as [string, ...string[]], {
    error: (iss) => `未知的权限“${String(iss.input)}”，应为 ${permissions.join('、')} 之一`,
  });
  return z
    .strictObject({
      roles: z.array(
        z.strictObject({
          code: roleCode,
          name: z.string().min(1, '角色名称不能为空'),
          description: z.string(),
          permissions: z.array(permission),
          scopeLevels: z.array(scopeLevel).min(1, '至少允许一个范围层级'),
          assignableRoles: z.array(roleCode),
          securityAudit: z.boolean({ error: () => 'securityAudit 应为 true 或 false' }).default(false),
        }),
      ),
    })
    .superRefine((doc, ctx) => {
      const seen = new Set<string>();
      doc.roles.forEach((r, i) => {
        if (seen.has(r.code))
          ctx.addIssue({ code: 'custom', path: ['roles', i, 'code'], message: `角色 ${r.code} 重复定义` });
        seen.add(r.code);
      });
      const audit = new Set(doc.roles.filter((r) => r.securityAudit).map((r) => r.code));
      doc.roles.forEach((r, i) => {
        if (r.permissions.includes('audit.read') && !r.securityAudit)
          ctx.addIssue({
            code: 'custom',
            path: ['roles', i, 'permissions'],
            message: `三权分立：只有安全审计角色（securityAudit: true）可以有 audit.read 权限，角色 ${r.code} 不是`,
          });
        if (r.securityAudit && r.permissions.includes('users.manage'))
          ctx.addIssue({
            code: 'custom',
            path: ['roles', i, 'permissions'],
            message: `三权分立：安全审计角色 ${r.code} 不能有 users.manage 权限（审计员不管理账号）`,
          });
        r.assignableRoles.forEach((a, j) => {
          if (audit.has(a))
            ctx.addIssue({
              code: 'custom',
              path: ['roles', i, 'assignableRoles', j],
              message: `三权分立：安全审计角色 ${a} 不能由账号管理分配（只能在服务器上用 eduplan user 命令管理），请从角色 ${r.code} 的 assignableRoles 中删除`,
            });
        });
      });
      for (const code of ROLE_CODES) {
        if (!seen.has(code))
          ctx.addIssue({ code: 'custom', path: ['roles'], message: `缺少角色 ${code} 的定义` });
      }
    });
}

export function toRoleDefinitions(
  doc: z.output<ReturnType<typeof rolesFileSchema>>,
): Map<string, RoleDefinition> {
  return new Map(doc.roles.map((r) => [r.code, r as RoleDefinition]));
}
