/** Schema of config/roles.yaml: every role exactly once, known permissions and scope levels. */
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
