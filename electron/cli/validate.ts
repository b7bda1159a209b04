import { formatProblem, type PackProblem } from '../../shared/board/problems.ts';
import { loadPack, type PackResult } from '../core/index.ts';
import { forTerminal, jsonForTerminal } from './terminal.ts';

type Print = (line: string) => void;

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
};

/** The pack's problems, or one line saying why it could not be read at all (never a stack trace). */
function loadOrExplain(packPath: string, command: string, fail: Print): PackResult | undefined {
  try {
    return loadPack(packPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = READ_FAILURES[code] ?? (error as Error).message;
    fail(forTerminal(`boardwalk ${command}: cannot read ${packPath}: ${why}`));
    return undefined;
  }
}

const show = (kind: 'error' | 'warning', problem: PackProblem) => forTerminal(`${kind} ${formatProblem(problem)}`);

export interface ValidateOptions {
  /** Print every warning, not only their number. */
  warnings?: boolean;
}

export function validateCommand(packPath: string, out: Print, fail: Print, options: ValidateOptions = {}): number {
  const result = loadOrExplain(packPath, 'validate', fail);
  if (!result) return 1;
  if (options.warnings) for (const warning of result.warnings) out(show('warning', warning));
  const warnings = `${result.warnings.length} warning(s)${result.warnings.length > 0 && !options.warnings ? ' (list them with --warnings)' : ''}`;
  if (!result.ok) {
    for (const error of result.errors) out(show('error', error));
    out(forTerminal(`${packPath}: ${result.errors.length} error(s), ${warnings}`));
    return 1;
  }
  const { board } = result;
  out(
    forTerminal(
      `${packPath}: valid board '${board.meta.id}' ${board.meta.version}: ${board.nodes.length} nodes, ` +
        `${board.edges.length} edges, ${board.items.length} items, ${warnings}`,
    ),
  );
  return 0;
}

export function boardJsonCommand(packPath: string, out: Print, fail: Print): number {
  const result = loadOrExplain(packPath, 'board', fail);
  if (!result) return 1;
  if (!result.ok) {
    for (const error of result.errors) out(show('error', error));
    return 1;
  }
  out(jsonForTerminal({ hash: result.hash, ...result.board, warnings: result.warnings }));
  return 0;
}
