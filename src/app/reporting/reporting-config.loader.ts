/** Loads config/reporting.yaml (reporting rounds, escalation, reminders); a bad file is refused in Chinese. */
import {
  reportingConfigSchema,
  toReportingSettings,
} from '../../domain/reporting/reporting-config.schema.ts';
import type { ReportingSettings } from '../../domain/reporting/reporting.types.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';
import { parseYamlText, readDefinitionFile, validateDefinition } from '../shared/definition-file.ts';

export const REPORTING_FILE = `${PROJECT_ROOT}config/reporting.yaml`;

export function loadReportingSettings(file: string = REPORTING_FILE): ReportingSettings {
  const raw = parseYamlText(readDefinitionFile(file), file, '进展报送设置');
  return toReportingSettings(validateDefinition(reportingConfigSchema, raw, file));
}
