/**
 * Loads the county-standards rule packs (catalog/standards/*.yaml): one file per standard,
 * validated by rule-pack.schema.ts. A file that does not parse or breaks a rule is refused with a
 * ConfigFileError naming the file, the path inside it and the rule; a folder without exactly one
 * pack per standard is refused naming the folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { assembleRulePackSet, rulePackSchema } from '../../domain/standards/rule-pack.schema.ts';
import type { RulePack, RulePackSet } from '../../domain/standards/standards.types.ts';
import { ConfigFileError, formatZodIssues } from '../config-error.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';

z.config(z.locales.zhCN());

export const STANDARDS_DIR = `${PROJECT_ROOT}catalog/standards`;

/** Per-parse messages for missing and unknown keys; the rest falls through to the schema / locale. */
const packErrorMap: z.core.$ZodErrorMap = (iss) => {
  if (iss.code === 'invalid_type' && iss.input === undefined) return `缺少必填项（应为 ${iss.expected}）`;
  if (iss.code === 'unrecognized_keys') {
    return `未知的键${iss.keys.map((k) => `“${k}”`).join('、')}（检查拼写，或删除不属于此处的键）`;
  }
  return undefined;
};

/** Chinese gloss for the commonest YAML error codes; the parser's English text follows it. */
const YAML_ERROR_HINTS: Partial<Record<string, string>> = {
  MISSING_CHAR: '缺少字符（冒号、引号或括号）',
  BAD_INDENT: '缩进不正确',
  TAB_AS_INDENT: '不能用 Tab 缩进',
  DUPLICATE_KEY: '键重复',
  BLOCK_AS_IMPLICIT_KEY: '结构错误（缩进不正确，或值里含有未加引号的“: ”）',
  MULTILINE_IMPLICIT_KEY: '键必须写在一行内（可能缺少冒号）',
  UNEXPECTED_TOKEN: '出现意外的字符',
};

/** Parses and validates one rule pack's YAML text; `file` is used in error messages only. */
export function parseRulePack(text: string, file: string): RulePack {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigFileError(
      file,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        const where = pos ? `第 ${pos.line} 行第 ${pos.col} 列` : '位置未知';
        const detail = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        const hint = YAML_ERROR_HINTS[e.code];
        return `YAML 语法错误（${where}）：${hint ? `${hint}；` : ''}${detail}`;
      }),
    );
  }
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (e) {
    // e.g. an alias (*name) whose anchor (&name) is not defined
    throw new ConfigFileError(file, [`YAML 内容无法解析：${(e as Error).message}`]);
  }
  if (raw === null || raw === undefined) throw new ConfigFileError(file, ['文件为空，应包含规则包定义']);
  const parsed = rulePackSchema.safeParse(raw, { error: packErrorMap });
  if (!parsed.success) throw new ConfigFileError(file, formatZodIssues(parsed.error.issues));
  return parsed.data;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigFileError(file, [
      code === 'ENOENT' ? '文件不存在' : `无法读取文件：${(e as Error).message}`,
    ]);
  }
}

/**
 * Loads every *.yaml / *.yml file of `dir` (default catalog/standards): exactly one pack per
 * standard, rule ids unique across them. The first invalid file is reported (with all its problems).
 */
export function loadRulePacks(dir: string = STANDARDS_DIR): RulePackSet {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigFileError(dir, [
      code === 'ENOENT' ? '规则包目录不存在' : `无法读取规则包目录：${(e as Error).message}`,
    ]);
  }
  if (names.length === 0) throw new ConfigFileError(dir, ['目录中没有规则包文件（*.yaml）']);
  const packs = names.map((name) => {
    const file = join(dir, name);
    return { pack: parseRulePack(readText(file), file), name };
  });
  const assembled = assembleRulePackSet(packs);
  if (!assembled.ok) throw new ConfigFileError(dir, assembled.problems);
  return assembled.set;
}
