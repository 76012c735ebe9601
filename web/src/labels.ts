/** Chinese (or English) labels for the codes the API sends. */
import { hasMessage, type Translate } from './i18n/i18n';

/** A label for a code when the dictionary has one, else the code itself. */
export function labelOf(t: Translate, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return hasMessage(key) ? t(key) : code;
}

/** An attribute value (kgClass, a yes/no, a level, subject bases, a number) as text. */
export function attributeText(t: Translate, value: unknown): string {
  if (value === null || value === undefined) return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'string')
    return hasMessage(`kgClass.${value}`) ? labelOf(t, 'kgClass', value) : labelOf(t, 'attrValue', value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('common.none');
    return value
      .map((v: unknown) => {
        const base = v as { level?: string; subject?: string };
        return base && typeof base === 'object' && base.subject
          ? `${base.subject}（${labelOf(t, 'attrValue', base.level ?? '')}）`
          : JSON.stringify(v);
      })
      .join('、');
  }
  return JSON.stringify(value);
}

export const STAGE_OF_GRADE: Record<string, string> = {
  K1: 'preschool',
  K2: 'preschool',
  K3: 'preschool',
  P1: 'primary',
  P2: 'primary',
  P3: 'primary',
  P4: 'primary',
  P5: 'primary',
  P6: 'primary',
  J1: 'junior',
  J2: 'junior',
  J3: 'junior',
  S1: 'senior',
  S2: 'senior',
  S3: 'senior',
  SE: 'special',
};
export const STAGES = ['preschool', 'primary', 'junior', 'senior', 'special'] as const;

export function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  return q.toString();
}
