/**
 * Loads config/duty-evaluation.yaml (the weights and rules of the county duty evaluation and the
 * stocktake's league table — the bureau's to set); a bad file is refused in Chinese naming the path.
 */
import {
  dutyEvaluationSchema,
  type DutyEvaluationRules,
} from '../../domain/stocktake/duty-evaluation.schema.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';
import { parseYamlText, readDefinitionFile, validateDefinition } from '../shared/definition-file.ts';

export const DUTY_EVALUATION_FILE = `${PROJECT_ROOT}config/duty-evaluation.yaml`;

export function loadDutyEvaluationRules(file: string = DUTY_EVALUATION_FILE): DutyEvaluationRules {
  const raw = parseYamlText(readDefinitionFile(file), file, '督导评价的权重和规则');
  return validateDefinition(dutyEvaluationSchema, raw, file);
}
