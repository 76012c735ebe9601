/**
 * Loads a plan file (plans/*.yaml) and validates it with planSchema. A file that does not parse or
 * breaks a rule is refused with a ConfigFileError naming the file, the path inside it and the rule.
 */
import { planSchema } from '../../domain/plan/plan.schema.ts';
import type { Plan } from '../../domain/plan/plan.types.ts';
import { parseYamlText, readDefinitionFile, validateDefinition } from '../shared/definition-file.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';

export const PLAN_FILE = `${PROJECT_ROOT}plans/jining-2024.yaml`;

/** Parses and validates plan YAML text; `file` is used in error messages only. */
export function parsePlan(text: string, file: string): Plan {
  return validateDefinition(planSchema, parseYamlText(text, file, '方案定义'), file) as Plan;
}

/** Loads the plan shipped with the project (济教字〔2024〕29号) or the given file. */
export function loadPlan(file: string = PLAN_FILE): Plan {
  return parsePlan(readDefinitionFile(file), file);
}
