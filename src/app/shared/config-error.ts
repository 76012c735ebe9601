/** A definition or configuration file (plan, catalog, config) that was refused on load. */
export class ConfigFileError extends Error {
  readonly file: string;
  readonly problems: string[];
  constructor(file: string, problems: string[]) {
    super(`文件 ${file} 未通过校验：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigFileError';
    this.file = file;
    this.problems = problems;
  }
}

interface IssueLike {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** Renders a JSON path like `targets[2].threshold`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? '（根）' : out;
}

export function formatZodIssues(issues: ReadonlyArray<IssueLike>): string[] {
  return issues.map((i) => `${formatPath(i.path)}：${i.message}`);
}
