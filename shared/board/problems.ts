/** Where a problem in a board pack is, and what it is; the UI turns `code` into a sentence. */
export interface PackProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted path inside the file, e.g. `items.3.refs.0`. */
  path: string;
  code: string;
  params: Record<string, string | number>;
  /** An English fallback for logs and the command line. */
  message: string;
}

export function formatProblem(problem: PackProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return `${where} ${problem.path ? `(${problem.path}) ` : ''}${problem.message}`;
}

/** Params named `x_nl` / `x_en` carry board text in both languages; a message gets the one shown as `x`. */
export function localizeParams(params: PackProblem['params'], language: 'nl' | 'en'): PackProblem['params'] {
  const result: PackProblem['params'] = { ...params };
  for (const [key, value] of Object.entries(params)) {
    const match = /^(.*)_(nl|en)$/.exec(key);
    if (match && match[2] === language) result[match[1]!] = value;
  }
  return result;
}
