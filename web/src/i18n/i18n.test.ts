import { describe, expect, it } from 'vitest';
import { AREAS } from '../areas';
import { en } from './en';
import { hasMessage, translator, type Language } from './i18n';
import { zhCN } from './zh-cn';

/** The dictionaries the app merges for a language: the shell's, then each area's. */
function dictionaries(language: Language): { name: string; keys: string[] }[] {
  return [
    { name: 'core', keys: Object.keys(language === 'en' ? en : zhCN) },
    ...AREAS.map((a) => ({ name: a.name, keys: Object.keys(a.messages[language]) })),
  ];
}

describe('UI text dictionaries', () => {
  it.each<Language>(['zh-CN', 'en'])('define no key twice in %s (shell and areas)', (language) => {
    const owners = new Map<string, string[]>();
    for (const { name, keys } of dictionaries(language))
      for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), name]);
    const twice = [...owners].filter(([, names]) => names.length > 1);
    expect(twice).toEqual([]);
  });

  it('have the same keys in Chinese and English, dictionary by dictionary', () => {
    const zh = dictionaries('zh-CN');
    const english = dictionaries('en');
    expect(english.map((d) => d.name)).toEqual(zh.map((d) => d.name));
    for (const [i, d] of zh.entries()) {
      expect({ name: d.name, keys: [...english[i]!.keys].sort() }).toEqual({
        name: d.name,
        keys: [...d.keys].sort(),
      });
    }
  });

  it('merges the shell’s and the areas’ text', () => {
    // A shell key and an area key (the collection area's) both have text in both languages.
    expect(hasMessage('app.title')).toBe(true);
    expect(hasMessage('collection.title')).toBe(true);
    expect(hasMessage('no.such.key')).toBe(false);
    expect(translator('zh-CN')('nav.collection')).toBe(zhCN['nav.collection']);
    expect(translator('en')('nav.collection')).toBe(en['nav.collection']);
    const collection = AREAS.find((a) => a.name === 'collection')!;
    expect(translator('en')('collection.title')).toBe(collection.messages.en['collection.title']);
  });
});
