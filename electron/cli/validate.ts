import { formatProblem } from '../../shared/board/problems.ts';
import { loadPack } from '../core/packs/load.ts';

export function validateCommand(packPath: string, out: (line: string) => void): number {
  const result = loadPack(packPath);
  for (const warning of result.warnings) out(`warning ${formatProblem(warning)}`);
  if (!result.ok) {
    for (const error of result.errors) out(`error ${formatProblem(error)}`);
    out(`${packPath}: ${result.errors.length} error(s), ${result.warnings.length} warning(s)`);
    return 1;
  }
  const { board } = result;
  out(
    `${packPath}: valid board '${board.meta.id}' ${board.meta.version}: ${board.nodes.length} nodes, ` +
      `${board.edges.length} edges, ${board.items.length} items, ${result.warnings.length} warning(s)`,
  );
  return 0;
}

export function boardJsonCommand(packPath: string, out: (line: string) => void): number {
  const result = loadPack(packPath);
  if (!result.ok) {
    for (const error of result.errors) out(`error ${formatProblem(error)}`);
    return 1;
  }
  out(JSON.stringify({ hash: result.hash, ...result.board, warnings: result.warnings }, null, 2));
  return 0;
}
