/**
 * Accounts, roles, permissions and scopes. Roles and their permissions are data
 * (config/roles.yaml); the code only knows the permission names it checks.
 */

/** Role codes (config/roles.yaml defines their names, permissions and allowed scopes). */
export type RoleCode =
  'cityAdmin' | 'auditAdmin' | 'cityStaff' | 'countyAdmin' | 'schoolClerk' | 'inspector' | 'readOnly';
export const ROLE_CODES: readonly RoleCode[] = [
  'cityAdmin',
  'auditAdmin',
  'cityStaff',
  'countyAdmin',
  'schoolClerk',
  'inspector',
  'readOnly',
];

/** What the access area itself checks: accounts and the audit log. */
export type CorePermission = 'users.read' | 'users.manage' | 'audit.read';
export const CORE_PERMISSIONS: readonly CorePermission[] = ['users.read', 'users.manage', 'audit.read'];

/**
 * The permissions of the areas, each added by its area where it defines them (declaration
 * merging), with the list the roles file is checked against:
 *
 *   declare module '../access/access.types.ts' { interface AreaPermissions { 'tasks.read': true } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the areas
export interface AreaPermissions {}

/** Everything a route can require. `public` routes need no account at all. */
export type Permission = CorePermission | Extract<keyof AreaPermissions, string>;

/** Where an account may be anchored: an org unit of a level, or an institution. */
export type ScopeLevel = 'city' | 'county' | 'township' | 'institution';

export interface RoleDefinition {
  code: RoleCode;
  /** Chinese name as used by the bureau, e.g. 市级管理员. */
  name: string;
  description: string;
  permissions: Permission[];
  /** Levels at which an account of this role may be anchored. */
  scopeLevels: ScopeLevel[];
  /** Roles an account of this role may give to accounts it manages (within its own scope). */
  assignableRoles: RoleCode[];
  /**
   * A security-audit role (三权分立: 安全审计员): the only roles that may read the audit log. Account
   * administration (any role with users.manage, the API, bulk imports) can neither create, change,
   * reset, unlock, enable nor disable such accounts, nor turn an account into one; only the operator
   * on the server does (`eduplan user …`, docs/SECURITY.md).
   */
  securityAudit: boolean;
}

/**
 * What an account can reach: everything under an org unit (city, county or township), or one
 * institution only.
 */
export type Scope = { kind: 'org'; orgCode: string } | { kind: 'institution'; institutionCode: string };

export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: RoleCode;
  scope: Scope;
  mustChangePassword: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  failedAttempts: number;
  createdAt: string;
  passwordChangedAt: string | null;
}

/** One row of a bulk account file (.xlsx), after structural checks. */
export interface UserImportRow {
  /** Row number in the sheet (1 = header), for error messages. */
  row: number;
  username: string;
  displayName: string;
  role: RoleCode;
  /** Org unit code (6 or 9 digits) or 10-character institution code. */
  scopeCode: string;
}

/** A problem with one cell or row of an imported file, in Chinese. */
export interface RowError {
  row: number;
  /** Column header as written in the template, e.g. 所属单位代码; null for whole-row problems. */
  column: string | null;
  value: string | null;
  message: string;
}
