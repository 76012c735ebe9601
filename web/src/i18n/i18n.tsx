/**
 * The language switch: zh-CN by default, English on request (remembered in localStorage). The
 * dictionaries are the shell's (zh-cn.ts, en.ts) and every area's (areas/<area>/messages.ts).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { AREAS } from '../areas';
import { en } from './en';
import { zhCN, type CoreMessageKey } from './zh-cn';

/**
 * The keys of the areas' text, added by each area where it defines them (declaration merging):
 *
 *   declare module '../../i18n/i18n' { interface AreaMessages extends Record<keyof typeof zhCN, string> {} }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the areas
export interface AreaMessages {}

export type MessageKey = CoreMessageKey | Extract<keyof AreaMessages, string>;
export type Language = 'zh-CN' | 'en';
export type Translate = ((key: MessageKey, params?: Record<string, string | number>) => string) & {
  /** The language it translates into (absent on a stand-in made by a test). */
  readonly language?: Language;
};

/** The shell's text and every area's, merged (i18n.test.ts checks that no two share a key). */
function dictionary(language: Language, core: Readonly<Record<string, string>>): Record<MessageKey, string> {
  const out: Record<string, string> = { ...core };
  for (const area of AREAS) Object.assign(out, area.messages[language]);
  return out as Record<MessageKey, string>;
}

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = {
  'zh-CN': dictionary('zh-CN', zhCN),
  en: dictionary('en', en),
};
const STORAGE_KEY = 'eduplan.language';

/** Whether a key (e.g. one built from a code the API sent) has text. */
export function hasMessage(key: string): key is MessageKey {
  return key in DICTIONARIES['zh-CN'];
}

/** The translate function of a language, outside React (pure helpers and their tests). */
export function translator(language: Language): Translate {
  const d = DICTIONARIES[language];
  const t = (key: MessageKey, params?: Record<string, string | number>) => format(d[key], params);
  return Object.assign(t, { language });
}

/** Fills {name} placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  const value = useMemo<I18n>(() => {
    return { language, setLanguage, t: translator(language) };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
