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
