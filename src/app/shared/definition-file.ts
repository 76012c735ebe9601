/**
 * Reading the definition files the bureau edits (plans, rule packs, the collection catalog):
 * YAML with Chinese errors that name the file, the line and column, or the path inside the file
 * and the rule broken. One implementation for every loader.
 */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigFileError, formatZodIssues } from './config-error.ts';

z.config(z.locales.zhCN());

/** Messages for missing and unknown keys; the rest falls through to the schema / locale. */
export const definitionErrorMap: z.core.$ZodErrorMap = (iss) => {
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

/**
 * Parses YAML text into plain data; `what` names the expected content for an empty file
 * (e.g. 方案定义). Throws ConfigFileError.
 */
export function parseYamlText(text: string, file: string, what: string): unknown {
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
  if (raw === null || raw === undefined) throw new ConfigFileError(file, [`文件为空，应包含${what}`]);
  return raw;
}

/** Validates parsed data with a schema; every problem names its path in the file. */
export function validateDefinition<T>(schema: z.ZodType<T>, raw: unknown, file: string): T {
  const parsed = schema.safeParse(raw, { error: definitionErrorMap });
  if (!parsed.success) throw new ConfigFileError(file, formatZodIssues(parsed.error.issues));
  return parsed.data;
}

/** Reads a file as UTF-8, refusing a missing or unreadable one with a Chinese reason. */
export function readDefinitionFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigFileError(file, [
      code === 'ENOENT' ? '文件不存在' : `无法读取文件：${(e as Error).message}`,
    ]);
  }
}
