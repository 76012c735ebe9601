/** Changes to the roles file are permission changes: audited with old and new definitions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../src/app/access/audit.service.ts';
import { recordRolesConfig } from '../../src/app/access/roles-config.service.ts';
import { loadRoles, type RoleTable } from '../../src/app/access/roles.loader.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { RoleCode, RoleDefinition } from '../../src/domain/access/access.types.ts';
import { testBackends } from '../support/test-db.ts';

describe.each(testBackends())('roles configuration audit on $name', (backend) => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await backend.open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('records the first configuration, nothing when unchanged, and each change with old and new', async () => {
    const roles = loadRoles();
    expect(await recordRolesConfig(h.db, roles)).toBe(true);
    expect(await recordRolesConfig(h.db, roles)).toBe(false);
    // Someone gives county administrators the audit log.
    const changed = new Map<RoleCode, RoleDefinition>(roles);
    const county = roles.get('countyAdmin')!;
    changed.set('countyAdmin', { ...county, permissions: [...county.permissions, 'audit.read'] });
    expect(await recordRolesConfig(h.db, changed as RoleTable)).toBe(true);
    const entries = (await new AuditService(h.db).search({ action: 'roles.change', page: 1, pageSize: 10 }))
      .items;
    expect(entries).toHaveLength(2);
    const latest = entries[0]!;
    const oldCounty = (latest.oldValue as RoleDefinition[]).find((r) => r.code === 'countyAdmin')!;
    const newCounty = (latest.newValue as RoleDefinition[]).find((r) => r.code === 'countyAdmin')!;
    expect(oldCounty.permissions).not.toContain('audit.read');
    expect(newCounty.permissions).toContain('audit.read');
  });
});
