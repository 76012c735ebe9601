/**
 * The audit page's pure parts: a Beijing wall-clock time as the instant the API filters by, and an
 * entry's old and new values as rows a person reads (项目 / 原值 / 新值, codes as words).
 */

/** The words a value is shown in: a code's label by prefix (labelOf of labels.ts), yes and no. */
export interface ValueWords {
  label(prefix: string, code: string): string;
  yes: string;
  no: string;
}

/**
 * A Beijing date and time as picked (YYYY-MM-DD HH:mm, whatever the browser's own time zone) as an
 * ISO instant with +08:00. As the end of a range the whole minute counts.
 */
export function beijingInstant(wall: string, end: boolean): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(wall.trim());
  if (!m) throw new Error(`not a date and time: ${wall}`);
  return `${m[1]}T${m[2]}:${end ? '59' : '00'}+08:00`;
}

export interface ChangeRow {
  key: string;
  label: string;
  old: string | null;
  new: string | null;
  changed: boolean;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value as text: a scope as its code, a role or a form state by name, yes/no, lists joined. */
export function valueText(w: ValueWords, key: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? w.yes : w.no;
  if (typeof v === 'string') {
    if (key === 'role') return w.label('role', v);
    if (key === 'state') return w.label('collection.state', v);
    return v;
  }
  if (typeof v === 'number') return String(v);
  if (isPlainObject(v) && (v.kind === 'org' || v.kind === 'institution')) {
    return String(v.kind === 'org' ? v.orgCode : v.institutionCode);
  }
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) {
    return v.length === 0 ? '—' : v.join('、');
  }
  return JSON.stringify(v);
}

/**
 * The items of an entry's old and new values side by side, in the order they first appear; a
 * value that is not an object is one row (项目 “—”). Empty when the entry has neither.
 */
export function changeRows(w: ValueWords, oldValue: unknown, newValue: unknown): ChangeRow[] {
  const none = (v: unknown) => v === null || v === undefined;
  if (none(oldValue) && none(newValue)) return [];
  if ((!none(oldValue) && !isPlainObject(oldValue)) || (!none(newValue) && !isPlainObject(newValue))) {
    const o = none(oldValue) ? null : valueText(w, '', oldValue);
    const n = none(newValue) ? null : valueText(w, '', newValue);
    return [{ key: '', label: '—', old: o, new: n, changed: o !== n }];
  }
  const o = (oldValue ?? {}) as Record<string, unknown>;
  const n = (newValue ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(o), ...Object.keys(n)])];
  return keys.map((key) => {
    const before = key in o ? valueText(w, key, o[key]) : null;
    const after = key in n ? valueText(w, key, n[key]) : null;
    return {
      key,
      label: w.label('auditField', key),
      old: before,
      new: after,
      changed: !none(oldValue) && !none(newValue) && before !== after,
    };
  });
}
