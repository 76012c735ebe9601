import { describe, expect, it } from 'vitest';
import { pseudonymise, type Pseudonyms } from './pseudonyms.ts';

const p: Pseudonyms = {
  codes: new Map([['Z001', '9904#01']]),
  namesByCode: new Map([
    ['Z001', '开发区所辖机构 01'],
    ['Z002', '开发区所辖机构 02'],
  ]),
  // 实验小学 is also the name of a visible school: left out of the text replacements.
  names: new Map([
    ['开发区启明幼儿园', '开发区所辖机构 01'],
    ['启明', '不应单独替换'],
  ]),
};

describe('pseudonymise', () => {
  it('replaces the code, the name beside it and the names inside sentences, longest first', () => {
    const input = {
      schools: [
        { institutionCode: 'Z001', institutionName: '开发区启明幼儿园', students: 50 },
        { institutionCode: 'A001', institutionName: '甲县实验小学', students: 480 },
      ],
      description: '开发区启明幼儿园增加专任教师 2 名',
      byCode: { Z001: 3, A001: 4 },
    };
    const out = pseudonymise(input, p);
    expect(out).toEqual({
      schools: [
        { institutionCode: '9904#01', institutionName: '开发区所辖机构 01', students: 50 },
        { institutionCode: 'A001', institutionName: '甲县实验小学', students: 480 },
      ],
      // "启明" alone would also match inside the full name: the longer name is replaced as a whole.
      description: '开发区所辖机构 01增加专任教师 2 名',
      byCode: { '9904#01': 3, A001: 4 },
    });
    // The input is not changed.
    expect(input.schools[0]!.institutionCode).toBe('Z001');
  });

  it('renames a hidden school beside its code even when its name is left out of the texts', () => {
    const out = pseudonymise(
      { institutionCode: 'Z002', institutionName: '实验小学', note: '实验小学 7 项中达标 6 项' },
      p,
    );
    // Z002 is not in `codes` here, so its code stays; its name beside the code is replaced, the
    // ambiguous name inside the sentence is not (it would rename the visible 实验小学 too).
    expect(out).toEqual({
      institutionCode: 'Z002',
      institutionName: '开发区所辖机构 02',
      note: '实验小学 7 项中达标 6 项',
    });
  });

  it('returns the value itself when nothing is hidden', () => {
    const v = { a: 1 };
    expect(pseudonymise(v, { codes: new Map(), namesByCode: new Map(), names: new Map() })).toBe(v);
  });
});
