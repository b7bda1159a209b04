import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { HandlerGroup } from '../handlers.ts';

/** Graph layouts kept per board version: computed once by the renderer, read back whenever the board opens. */
export function layoutHandlers(store: Store) {
  const versionOf = (boardHash: string) => {
    const version = store.boardVersions.get(boardHash);
    if (!version) throw new ServiceError('not-found', 'boardVersionNotFound', { version: boardHash });
    return version;
  };
  return {
    'layouts.get'(input: ApiParsedInput<'layouts.get'>): ApiOutput<'layouts.get'> {
      versionOf(input.boardHash);
      return store.boardLayouts.get(input.boardHash, input.scope);
    },
    'layouts.save'(input: ApiParsedInput<'layouts.save'>): ApiOutput<'layouts.save'> {
      const { nodeById } = indexBoard(versionOf(input.boardHash).board);
      const strangers = Object.keys(input.layout.positions).filter((id) => !nodeById.has(id));
      if (strangers.length > 0)
        throw new ServiceError('bad-request', 'nodeNotOnBoard', { node: strangers[0]! }, { strangers });
      store.transaction(() =>
        store.boardLayouts.save(input.boardHash, input.scope, input.layout, new Date().toISOString()),
      );
      return { ok: true };
    },
  } satisfies HandlerGroup;
}
