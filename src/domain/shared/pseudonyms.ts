/**
 * Pseudonyms for records outside a caller's scope inside a result the caller may see as a whole
 * (decision 0011): a county's standards evaluation counts the schools a functional zone runs in
 * the county's territory, but the county's account may not see those schools by name or code
 * anywhere else, so inside its evaluation they appear as "济宁高新区所辖机构 03". Pure: the caller
 * decides which codes and names are replaced and by what.
 */

export interface Pseudonyms {
  /** Real institution code → its pseudonym code. */
  codes: ReadonlyMap<string, string>;
  /** Real institution code → its pseudonym name (for `institutionName` next to the code). */
  namesByCode: ReadonlyMap<string, string>;
  /**
   * Real name → its pseudonym name, replaced inside any text. Leave out a name that a visible
   * record also bears (two schools named alike): replacing it would rename the visible one too.
   */
  names: ReadonlyMap<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A function replacing every real name and code inside a text (longest first). */
function textReplacer(p: Pseudonyms): (s: string) => string {
  const table = new Map<string, string>([...p.codes, ...p.names]);
  if (table.size === 0) return (s) => s;
  const keys = [...table.keys()].filter((k) => k.length > 0).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(keys.map(escape).join('|'), 'g');
  return (s) => s.replace(pattern, (m) => table.get(m) ?? m);
}

/**
 * A deep copy of `value` with every real code and name replaced by its pseudonym: the
 * `institutionName` beside a replaced `institutionCode`, and in string values (also inside sentences such as a gap plan's "任城区第一实验小学增加……"), and in object
 * keys equal to a code. Numbers, booleans and null are kept. `value` is not changed.
 */
export function pseudonymise<T>(value: T, p: Pseudonyms): T {
  if (p.codes.size === 0 && p.namesByCode.size === 0 && p.names.size === 0) return value;
  const replace = textReplacer(p);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return replace(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[p.codes.get(k) ?? k] = walk(x);
      const code = (v as { institutionCode?: unknown }).institutionCode;
      const name = typeof code === 'string' ? p.namesByCode.get(code) : undefined;
      if (name !== undefined && typeof out.institutionName === 'string') out.institutionName = name;
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
