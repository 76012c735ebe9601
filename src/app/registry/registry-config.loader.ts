import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { buildOrgUnits, type DivisionRow, type ZoneConfig } from '../../domain/registry/org-tree.ts';
import type { OrgUnit } from '../../domain/registry/registry.types.ts';
import { ConfigFileError, formatZodIssues } from '../shared/config-error.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DIVISIONS_FILE = `${PROJECT_ROOT}data/jining-divisions.csv`;
export const ZONES_FILE = `${PROJECT_ROOT}config/functional-zones.yaml`;
export const COUNTY_GEOJSON_FILE = `${PROJECT_ROOT}data/jining-counties.geojson`;

const zoneSchema = z.object({
  code: z.string().regex(/^\d{6}$/, '应为 6 位数字代码'),
  name: z.string().min(1),
  fullName: z.string().min(1),
  codeSource: z.enum(['nbs', 'local']),
  legalCounties: z.array(z.string().regex(/^\d{6}$/, '应为 6 位数字代码')).min(1),
  townships: z.array(z.string().regex(/^\d{9}$/, '应为 9 位数字代码')),
  population10k: z.number().positive(),
});
const zonesFileSchema = z.object({
  zones: z.array(zoneSchema),
  countyPopulation10k: z.record(z.string().regex(/^\d{6}$/), z.number().positive()),
});

export interface RegistryConfig {
  orgUnits: OrgUnit[];
  zones: ZoneConfig[];
  /** Resident population (万人) per county-level unit, zones included. */
  population10k: Map<string, number>;
}

/** Parses NBS divisions CSV text (`code,name,level,parent_code`). Errors name the row. */
export function parseDivisionsCsv(text: string, file: string): DivisionRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0]?.trim();
  if (header !== 'code,name,level,parent_code') {
    throw new ConfigFileError(file, [
      `第 1 行：表头应为 code,name,level,parent_code，实际为“${header ?? ''}”`,
    ]);
  }
  const problems: string[] = [];
  const rows: DivisionRow[] = [];
  lines.slice(1).forEach((line, i) => {
    const rowNo = i + 2;
    const [code = '', name = '', level = '', parentCode = ''] = line.split(',').map((s) => s.trim());
    if (!/^\d{6}$|^\d{9}$/.test(code)) problems.push(`第 ${rowNo} 行 code：“${code}”应为 6 或 9 位数字`);
    if (!name) problems.push(`第 ${rowNo} 行 name：不能为空`);
    if (level !== 'city' && level !== 'county' && level !== 'township') {
      problems.push(`第 ${rowNo} 行 level：“${level}”应为 city、county 或 township`);
      return;
    }
    rows.push({ code, name, level, parentCode });
  });
  if (problems.length > 0) throw new ConfigFileError(file, problems);
  return rows;
}

export function parseZonesYaml(text: string, file: string): z.infer<typeof zonesFileSchema> {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (e) {
    throw new ConfigFileError(file, [`不是有效的 YAML：${(e as Error).message}`]);
  }
  const parsed = zonesFileSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigFileError(file, formatZodIssues(parsed.error.issues));
  return parsed.data;
}

/**
 * For the county standards: each functional zone → the county its own schools are assessed with
 * (the first of its legalCounties). Only matters for a zone with townships of its own in the NBS
 * list; a township a zone merely administers keeps its legal county in the org tree.
 */
export function zoneAssessmentCounties(zonesFile: string = ZONES_FILE): Map<string, string> {
  const doc = parseZonesYaml(readFileSync(zonesFile, 'utf8'), zonesFile);
  return new Map(
    doc.zones.flatMap((z) => (z.legalCounties[0] ? [[z.code, z.legalCounties[0]] as const] : [])),
  );
}

/** Loads the Jining org tree and population figures shipped with the project. */
export function loadRegistryConfig(
  divisionsFile: string = DIVISIONS_FILE,
  zonesFile: string = ZONES_FILE,
): RegistryConfig {
  const divisions = parseDivisionsCsv(readFileSync(divisionsFile, 'utf8'), divisionsFile);
  const zonesDoc = parseZonesYaml(readFileSync(zonesFile, 'utf8'), zonesFile);
  const orgUnits = buildOrgUnits(divisions, zonesDoc.zones);
  const population10k = new Map<string, number>(Object.entries(zonesDoc.countyPopulation10k));
  for (const z of zonesDoc.zones) population10k.set(z.code, z.population10k);
  return { orgUnits, zones: zonesDoc.zones, population10k };
}
