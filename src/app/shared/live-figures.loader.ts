/** Loads config/live-figures.yaml (settings of the live figures); a bad file is refused in Chinese. */
import { z } from 'zod';
import { parseYamlText, readDefinitionFile, validateDefinition } from './definition-file.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';

export const LIVE_FIGURES_FILE = `${PROJECT_ROOT}config/live-figures.yaml`;

export interface LiveFiguresSettings {
  /** Share of the expected institutions with statistics from which a school year is complete. */
  completeShare: number;
  /** The approval that makes a form final (its values become the statistics): city or county. */
  finalLevel?: 'county' | 'city';
  /** Days a returned form may still be corrected and resubmitted after the period closes. */
  resubmitGraceDays?: number;
}

export const DEFAULT_LIVE_FIGURES_SETTINGS: LiveFiguresSettings = {
  completeShare: 0.95,
  finalLevel: 'city',
  resubmitGraceDays: 7,
};

const schema = z.strictObject({
  version: z.literal(1),
  finalLevel: z.enum(['county', 'city'], {
    error: () => 'finalLevel 应为 city（市级终审）或 county（县级终审）',
  }),
  resubmitGraceDays: z
    .number()
    .int('resubmitGraceDays 应为整数天数')
    .min(0, 'resubmitGraceDays 不能小于 0')
    .max(60, 'resubmitGraceDays 不能超过 60 天'),
  completeShare: z
    .number()
    .gt(0, 'completeShare 应大于 0')
    .max(1, 'completeShare 不能大于 1（为比例，例如 0.95）'),
});

export function loadLiveFiguresSettings(file: string = LIVE_FIGURES_FILE): LiveFiguresSettings {
  const raw = parseYamlText(readDefinitionFile(file), file, '实时数据设置');
  const { completeShare, finalLevel, resubmitGraceDays } = validateDefinition(schema, raw, file);
  return { completeShare, finalLevel, resubmitGraceDays };
}
