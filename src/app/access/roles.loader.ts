import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { RoleCode, RoleDefinition } from '../../domain/access/access.types.ts';
import { rolesFileSchema, toRoleDefinitions } from '../../domain/access/roles.schema.ts';
import { ConfigFileError, formatZodIssues } from '../shared/config-error.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';
import { knownPermissions } from '../areas.ts';

export const ROLES_FILE = `${PROJECT_ROOT}config/roles.yaml`;

export type RoleTable = ReadonlyMap<RoleCode, RoleDefinition>;

/**
 * Loads config/roles.yaml; a bad file is refused naming the file, the path and the rule. Every
 * permission it names must be one the platform knows (the core's and the areas').
 */
export function loadRoles(
  file: string = ROLES_FILE,
  permissions: readonly string[] = knownPermissions(),
): RoleTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ConfigFileError(file, ['文件不存在或无法读取']);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new ConfigFileError(file, [`不是有效的 YAML：${(e as Error).message}`]);
  }
  const parsed = rolesFileSchema(permissions).safeParse(raw);
  if (!parsed.success) throw new ConfigFileError(file, formatZodIssues(parsed.error.issues));
  return toRoleDefinitions(parsed.data) as RoleTable;
}
