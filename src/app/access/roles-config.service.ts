/**
 * Changes to config/roles.yaml change who may do what, so they are permission changes and are
 * audited: on start, the roles in force are compared with those recorded last time; a difference
 * is written to the audit log with the old and new definitions.
 */
import { insertAuditEntries } from '../../db/access/access.repository.ts';
import type { Db } from '../../db/database.ts';
import { getDatasetInfo, setDatasetInfo } from '../../db/registry/registry.repository.ts';
import type { RoleTable } from './roles.loader.ts';

/** JSON with object keys sorted: the database (jsonb) keeps keys in an order of its own. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

export async function recordRolesConfig(db: Db, roles: RoleTable): Promise<boolean> {
  const current = [...roles.values()].sort((a, b) => a.code.localeCompare(b.code));
  const previous = await getDatasetInfo(db, 'rolesConfig');
  if (canonical(previous) === canonical(current)) return false;
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    await insertAuditEntries(tx, [
      {
        actorId: null,
        actorUsername: 'system',
        ip: null,
        action: 'roles.change',
        outcome: 'success',
        targetType: 'config',
        targetId: 'config/roles.yaml',
        oldValue: previous,
        newValue: current,
        detail: previous === null ? '首次记录角色与权限配置' : '角色与权限配置已变更',
      },
    ]);
    await setDatasetInfo(tx, 'rolesConfig', current);
  });
  return true;
}
