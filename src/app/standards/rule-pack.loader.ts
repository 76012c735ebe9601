/**
 * Loads the county-standards rule packs (catalog/standards/*.yaml): one file per standard,
 * validated by rule-pack.schema.ts. A file that does not parse or breaks a rule is refused with a
 * ConfigFileError naming the file, the path inside it and the rule; a folder without exactly one
 * pack per standard is refused naming the folder.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assembleRulePackSet, rulePackSchema } from '../../domain/standards/rule-pack.schema.ts';
import type { RulePack, RulePackSet } from '../../domain/standards/standards.types.ts';
import { ConfigFileError } from '../shared/config-error.ts';
import { parseYamlText, readDefinitionFile, validateDefinition } from '../shared/definition-file.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';

export const STANDARDS_DIR = `${PROJECT_ROOT}catalog/standards`;

/** Parses and validates one rule pack's YAML text; `file` is used in error messages only. */
export function parseRulePack(text: string, file: string): RulePack {
  return validateDefinition(rulePackSchema, parseYamlText(text, file, '规则包定义'), file) as RulePack;
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
    return { pack: parseRulePack(readDefinitionFile(file), file), name };
  });
  const assembled = assembleRulePackSet(packs);
  if (!assembled.ok) throw new ConfigFileError(dir, assembled.problems);
  return assembled.set;
}
