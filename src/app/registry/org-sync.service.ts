/**
 * Keeps the stored org tree in step with the shipped configuration (NBS divisions + the editable
 * functional-zone file). Run on every start: when a township is handed to a zone (or back), the
 * tree is updated and the institutions in it follow, in one transaction. Org units that
 * disappeared from the configuration are kept, because institutions and history may refer to them.
 */
import type { Db } from '../../db/database.ts';
import { insertAuditEntries } from '../../db/access/access.repository.ts';
import {
  bumpRevision,
  listOrgUnits,
  realignInstitutionCounties,
  upsertOrgUnits,
} from '../../db/registry/registry.repository.ts';
import type { OrgUnit } from '../../domain/registry/registry.types.ts';
import { AppError } from '../app-error.ts';

export interface OrgSyncResult {
  added: number;
  updated: number;
  institutionsMoved: number;
}

function sameUnit(a: OrgUnit, b: OrgUnit): boolean {
  return (
    a.name === b.name &&
    a.level === b.level &&
    a.parentCode === b.parentCode &&
    a.codeSource === b.codeSource &&
    a.legalParentCode === b.legalParentCode &&
    a.countyKind === b.countyKind
  );
}

export async function syncOrgUnits(db: Db, configured: ReadonlyArray<OrgUnit>): Promise<OrgSyncResult> {
  const stored = new Map((await listOrgUnits(db)).map((u) => [u.code, u]));
  const storedCity = [...stored.values()].find((u) => u.level === 'city');
  const configuredCity = configured.find((u) => u.level === 'city');
  if (storedCity && configuredCity && storedCity.code !== configuredCity.code) {
    throw new AppError(
      'PLAN_ORG_MISMATCH',
      `数据库属于 ${storedCity.code} ${storedCity.name}，而配置的组织机构是 ${configuredCity.code} ${configuredCity.name}：未作任何修改`,
    );
  }
  const changed = configured.filter((u) => {
    const s = stored.get(u.code);
    return !s || !sameUnit(s, u);
  });
  if (changed.length === 0) return { added: 0, updated: 0, institutionsMoved: 0 };
  const added = changed.filter((u) => !stored.has(u.code)).length;
  let institutionsMoved = 0;
  await db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    // Parents before children, so that a new zone exists before its townships point to it.
    const order: Record<OrgUnit['level'], number> = { city: 0, county: 1, township: 2 };
    await upsertOrgUnits(
      tx,
      [...changed].sort((a, b) => order[a.level] - order[b.level]),
    );
    institutionsMoved = await realignInstitutionCounties(tx);
    await bumpRevision(tx);
    await insertAuditEntries(tx, [
      {
        actorId: null,
        actorUsername: 'system',
        ip: null,
        action: 'orgUnits.sync',
        outcome: 'success',
        targetType: 'orgUnit',
        detail: `按配置更新组织机构：新增 ${added} 个，修改 ${changed.length - added} 个，${institutionsMoved} 所学校随乡镇调整所属县级单位`,
        oldValue: changed.filter((u) => stored.has(u.code)).map((u) => stored.get(u.code)),
        newValue: changed.length > 200 ? { count: changed.length } : changed,
      },
    ]);
  });
  return { added, updated: changed.length - added, institutionsMoved };
}
