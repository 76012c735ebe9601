import { describe, expect, it } from 'vitest';
import { zhCN as core } from '../../i18n/zh-cn';
import { zhCN as collection } from '../collection/messages';
import { parseImportDetail } from './access-api';
import { beijingInstant, changeRows, type ValueWords } from './audit-view';
import { zhCN as access } from './messages';

/** The page's words in zh-CN: the shell's role names, the collection's states, this area's items. */
const dictionary: Record<string, string> = { ...core, ...collection, ...access };
const t: ValueWords = {
  label: (prefix, code) => dictionary[`${prefix}.${code}`] ?? code,
  yes: access['audit.yes'],
  no: access['audit.no'],
};

describe('the audit page’s time range', () => {
  it('reads a picked time as Beijing time, the end of a range to the end of its minute', () => {
    expect(beijingInstant('2026-11-01 08:30', false)).toBe('2026-11-01T08:30:00+08:00');
    expect(beijingInstant('2026-11-01 23:59', true)).toBe('2026-11-01T23:59:59+08:00');
    // 00:30 in Beijing is the previous day in UTC: the instant says so.
    expect(new Date(beijingInstant('2026-11-02 00:30', false)).toISOString()).toBe(
      '2026-11-01T16:30:00.000Z',
    );
    expect(() => beijingInstant('2026/11/01', false)).toThrow();
  });
});

describe('an entry’s old and new values', () => {
  it('lines up a disabled account’s values by item, in words, marking what changed', () => {
    const before = {
      displayName: '张老师',
      role: 'schoolClerk',
      scope: { kind: 'institution', institutionCode: 'KA00000001' },
      disabled: false,
      lockedUntil: null,
    };
    const rows = changeRows(t, before, { ...before, disabled: true });
    expect(rows.map((r) => [r.label, r.old, r.new, r.changed])).toEqual([
      ['姓名', '张老师', '张老师', false],
      ['角色', '学校填报员', '学校填报员', false],
      ['所属单位', 'KA00000001', 'KA00000001', false],
      ['已停用', '否', '是', true],
      ['锁定至', '—', '—', false],
    ]);
  });

  it('names a form’s states and shows a new value alone', () => {
    const rows = changeRows(t, { state: 'submitted' }, { state: 'returned', comment: '请核对班额' });
    expect(rows.map((r) => [r.label, r.old, r.new])).toEqual([
      ['状态', '已提交', '已退回'],
      ['意见', null, '请核对班额'],
    ]);
    expect(changeRows(t, null, null)).toEqual([]);
    expect(changeRows(t, null, { takenUsernames: ['a1', 'b2'] })[0]).toMatchObject({
      label: '已被使用的用户名',
      old: null,
      new: 'a1、b2',
      changed: false,
    });
  });
});

describe('an import’s row errors', () => {
  it('splits the server’s cell name into row and column and keeps the value', () => {
    expect(
      parseImportDetail({
        field: '第 3 行「所属单位代码」',
        value: '999999',
        message: '单位代码 999999 不存在',
      }),
    ).toEqual({ row: 3, column: '所属单位代码', value: '999999', rule: '单位代码 999999 不存在' });
    expect(parseImportDetail({ field: '第 12 行', message: '整行为空' })).toEqual({
      row: 12,
      column: null,
      value: null,
      rule: '整行为空',
    });
    expect(parseImportDetail({ field: 'body', message: '请求体应为 .xlsx 文件' })).toMatchObject({
      row: null,
      column: 'body',
    });
  });
});
