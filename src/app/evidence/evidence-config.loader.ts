/** Loads config/evidence.yaml (the evidence size limit); a bad file is refused in Chinese. */
import { z } from 'zod';
import { parseYamlText, readDefinitionFile, validateDefinition } from '../shared/definition-file.ts';
import { PROJECT_ROOT } from '../registry/registry-config.loader.ts';

export const EVIDENCE_CONFIG_FILE = `${PROJECT_ROOT}config/evidence.yaml`;

export interface EvidenceSettings {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
}

/** What the code assumes when no file is given (the shipped file says the same). */
export const DEFAULT_EVIDENCE_SETTINGS: EvidenceSettings = { maxBytes: 50 * 1024 * 1024 };

const schema = z.strictObject({
  version: z.literal(1),
  maxBytes: z
    .number()
    .int('maxBytes 应为整数字节数')
    .min(1024, 'maxBytes 不能小于 1024 字节')
    .max(1024 * 1024 * 1024, 'maxBytes 不能超过 1 GiB（1073741824 字节）：更大的文件请不要放进数据库'),
});

export function loadEvidenceSettings(file: string = EVIDENCE_CONFIG_FILE): EvidenceSettings {
  const raw = parseYamlText(readDefinitionFile(file), file, '佐证材料设置');
  const { maxBytes } = validateDefinition(schema, raw, file);
  return { maxBytes };
}
