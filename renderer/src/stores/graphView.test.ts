import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphLayout } from '../../../shared/board/layout.ts';
import { syntheticBoard } from '../../../scripts/synthetic/board.ts';
import { fakeBackend, settle } from '../../testing/fakeBackend.ts';
import type { ComputeLayout } from '../graph/layoutClient.ts';
import { laneLayout } from '../graph/laneLayout.ts';
import { createGraphViewStore, layoutKey } from './graphView.ts';

const VERSION = 3;
const part = syntheticBoard(40, 2);
let backend: ReturnType<typeof fakeBackend>;
let computed: number;

// The real lane layout, run here instead of in a worker.
const lanes: ComputeLayout = async (input, { progress }) => {
  computed++;
  return { engine: 'lanes', version: VERSION, positions: laneLayout(input, progress).positions };
};

beforeEach(() => {
  backend = fakeBackend();
  computed = 0;
});

describe('graph layouts in the view', () => {
  it('paint the kept layout at once, without computing', async () => {
    const store = createGraphViewStore(backend.api, lanes, VERSION);
    const kept: GraphLayout = { engine: 'lanes', version: VERSION, positions: laneLayout(part).positions };
    const asking = store.getState().ensureLayout('h1', 'board', part, false);
    expect(store.getState().layouts[layoutKey('h1', 'board')]).toEqual({ status: 'computing', progress: null });
    await backend.answer('layouts.get', kept, { boardHash: 'h1', scope: 'board' });
    await asking;
    expect(store.getState().layouts[layoutKey('h1', 'board')]).toEqual({ status: 'ready', layout: kept });
    expect(computed).toBe(0);
    expect(await backend.count('layouts.save')).toBe(0);
  });

  it('compute and keep a layout when none is kept, or the kept one is of another version or misses a node', async () => {
    const store = createGraphViewStore(backend.api, lanes, VERSION);
    const stale: GraphLayout = { engine: 'lanes', version: VERSION - 1, positions: laneLayout(part).positions };
    const partial: GraphLayout = {
      engine: 'elk',
      version: VERSION,
      positions: { [part.nodes[0]!.id]: { x: 0, y: 0 } },
    };
    for (const [scope, kept] of [
      ['board', null],
      ['item:item_1', stale],
      ['item:item_2', partial],
    ] as const) {
      const asking = store.getState().ensureLayout('h1', scope, part, false);
      await backend.answer('layouts.get', kept, { scope });
      // The layout is kept in a task of its own, after it is shown.
      expect(store.getState().layouts[layoutKey('h1', scope)]?.status).toBe('ready');
      await new Promise((resolve) => setTimeout(resolve, 0));
      const saved = await backend.inputOf('layouts.save');
      expect(saved.scope).toBe(scope);
      await backend.answer('layouts.save', { ok: true });
      await asking;
      const state = store.getState().layouts[layoutKey('h1', scope)];
      expect(state?.status).toBe('ready');
      expect(saved.layout).toEqual(state?.status === 'ready' && state.layout);
    }
    expect(computed).toBe(3);
  });

  it('ask for each layout once, and show a failure until it is tried again', async () => {
    const failing: ComputeLayout = async () => {
      computed++;
      throw new Error('worker gone');
    };
    const store = createGraphViewStore(backend.api, failing, VERSION);
    const first = store.getState().ensureLayout('h2', 'board', part, false);
    void store.getState().ensureLayout('h2', 'board', part, false);
    expect(await backend.count('layouts.get')).toBe(1);
    await backend.fail('layouts.get', new Error('storage lost'));
    await first;
    expect(store.getState().layouts[layoutKey('h2', 'board')]).toEqual({ status: 'failed', message: 'worker gone' });
    store.getState().retryLayout('h2', 'board');
    void store.getState().ensureLayout('h2', 'board', part, false);
    await settle();
    expect(await backend.count('layouts.get')).toBe(1);
  });
});
