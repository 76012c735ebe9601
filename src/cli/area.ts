/**
 * An area's commands: each area with commands has `src/cli/<name>/<name>.commands.ts` exporting
 * `cliArea`. The program finds them by the names of the areas (app/areas.ts), so adding an area
 * edits no file of this layer.
 */
import { existsSync } from 'node:fs';
import type { CliKit } from './cli.kit.ts';

export interface CliArea {
  /** Adds the area's commands to the program (e.g. `eduplan standards evaluate`). */
  register(kit: CliKit): void;
}

export function defineCliArea(area: CliArea): CliArea {
  return area;
}

/** The CLI parts of the given areas, in their order (areas without commands are skipped). */
export async function loadCliAreas(names: readonly string[]): Promise<CliArea[]> {
  const out: CliArea[] = [];
  for (const name of names) {
    const file = new URL(`./${name}/${name}.commands.ts`, import.meta.url);
    if (!existsSync(file)) continue;
    const mod = (await import(file.href)) as { cliArea?: CliArea };
    if (!mod.cliArea) throw new Error(`src/cli/${name}/${name}.commands.ts does not export cliArea`);
    out.push(mod.cliArea);
  }
  return out;
}
