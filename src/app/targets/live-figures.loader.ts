/** Loads config/live-figures.yaml (settings of the live figures); a bad file is refused in Chinese. */
import { z } from 'zod';
import { parseYamlText, readDefinitionFile, validateDefinition } from '../definition-file.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';

export const LIVE_FIGURES_FILE = `${PROJECT_ROOT}config/live-figures.yaml`;

export interface LiveFiguresSettings {
  /** Share of the expected institutions with statistics from which a school year is complete. */
  completeShare: number;
}

export const DEFAULT_LIVE_FIGURES_SETTINGS: LiveFiguresSettings = { completeShare: 0.95 };

const schema = z.strictObject({
  version: z.literal(1),
  completeShare: z
    .number()
    .gt(0, 'completeShare 应大于 0')
    .max(1, 'completeShare 不能大于 1（为比例，例如 0.95）'),
});

export function loadLiveFiguresSettings(file: string = LIVE_FIGURES_FILE): LiveFiguresSettings {
  const raw = parseYamlText(readDefinitionFile(file), file, '实时数据设置');
  const { completeShare } = validateDefinition(schema, raw, file);
  return { completeShare };
}
