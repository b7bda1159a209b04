// @vitest-environment jsdom
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { appOverMemory, BOARD, itemOf } from '../../testing/componentWorld.ts';

// The seam: the app's real stores, made once over an in-memory back end given as the desktop's IPC transport.
const { stores } = await appOverMemory();
const { BoardGraph } = await import('./BoardGraph.tsx');
const { layoutKey } = await import('../stores/graphView.ts');

const HASH = 'hash-1';

/** jsdom lays nothing out and observes no sizes: the graph's panes measure 0 by 0 and stay so. */
class StillSizes {
  observe() {}
  unobserve() {}
  disconnect() {}
}

const slots = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('.graph-slot')];
const shown = (container: HTMLElement) => slots(container).filter((slot) => !slot.classList.contains('aside'));
const aside = (container: HTMLElement) => slots(container).filter((slot) => slot.classList.contains('aside'));
/** Inert (jsdom knows the attribute, not the property) and hidden from screen readers. */
const outOfReach = (slot: HTMLElement) => slot.hasAttribute('inert') && slot.getAttribute('aria-hidden') === 'true';
const nodeIds = (slot: HTMLElement) =>
  [...slot.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => node.dataset.id);

/** The whole board shown, and the item canvas made ahead of it once the page was idle. */
async function boardWithItemCanvasAhead() {
  const { container } = render(<BoardGraph board={BOARD} hash={HASH} />);
  await waitFor(() => expect(aside(container)[0]?.querySelector('.react-flow')).toBeTruthy());
  return container;
}

describe('the graph of a board, with the canvas of an item view made ahead', () => {
  beforeAll(() => {
    globalThis.ResizeObserver ??= StillSizes as unknown as typeof ResizeObserver;
  });
  beforeEach(() => {
    stores.usePreferences.getState().setLanguage('en');
    stores.useWalkthrough.setState({ selectedItemId: null, graphScope: 'item' });
    // The board open in the app: its agenda says which item the room comes to first.
    stores.useBoardStore.setState({ current: { hash: HASH, board: BOARD, warnings: [] } });
    stores.useSessionSettings.setState({ settings: { agenda: { order: ['db', 'auth', 'outage'], dropped: [] } } });
    // The board's layout as if kept: the whole board is drawn without laying it out.
    stores.useGraphView.setState({
      layouts: {
        [layoutKey(HASH, 'board')]: {
          status: 'ready',
          layout: { version: 1, engine: 'lanes', positions: { n1: { x: 0, y: 0 } } },
        },
      },
    });
  });
  afterEach(cleanup);

  it('makes it while the whole board is shown, with the first item of the agenda drawn in it: hidden, out of reach', async () => {
    const container = await boardWithItemCanvasAhead();
    expect(shown(container)).toHaveLength(1);
    expect(nodeIds(shown(container)[0]!)).toEqual(['n1']);
    const [ahead] = aside(container);
    expect(outOfReach(ahead!)).toBe(true);
    // The item's own node, highlighted as it will be shown.
    await waitFor(() => expect(nodeIds(ahead!)).toEqual(['n1']));
    expect(ahead!.querySelector('.react-flow__node[data-id="n1"] .highlighted')).toBeTruthy();
  });

  it('shows the first item opened at once in the canvas made ahead, its graph as drawn there, not drawn again', async () => {
    const container = await boardWithItemCanvasAhead();
    const madeAhead = aside(container)[0]!.querySelector('.react-flow');
    await waitFor(() => expect(nodeIds(aside(container)[0]!)).toEqual(['n1']));
    const nodeAhead = aside(container)[0]!.querySelector('.react-flow__node[data-id="n1"]');
    act(() => stores.useWalkthrough.setState({ selectedItemId: 'db' }));
    // In the render that opens it: no task, no frame in between.
    expect(shown(container)).toHaveLength(1);
    expect(shown(container)[0]!.querySelector('.react-flow')).toBe(madeAhead);
    expect(shown(container)[0]!.querySelector('.react-flow__node[data-id="n1"]')).toBe(nodeAhead);
    // The whole board is set aside, hidden, until it is taken down.
    expect(aside(container).map(outOfReach).every(Boolean)).toBe(true);
  });

  it('draws another item than the one ahead in the canvas made ahead too', async () => {
    // A second item on the same node, later on the agenda.
    const board = { ...BOARD, items: [...BOARD.items, { ...itemOf('db'), id: 'db-again' }] };
    stores.useBoardStore.setState({ current: { hash: HASH, board, warnings: [] } });
    const { container } = render(<BoardGraph board={board} hash={HASH} />);
    await waitFor(() => expect(nodeIds(aside(container)[0]!)).toEqual(['n1']));
    const madeAhead = aside(container)[0]!.querySelector('.react-flow');
    act(() => stores.useWalkthrough.setState({ selectedItemId: 'db-again' }));
    expect(shown(container)[0]!.querySelector('.react-flow')).toBe(madeAhead);
    expect(nodeIds(shown(container)[0]!)).toEqual(['n1']);
  });

  it('makes none while an item would be shown on the whole board', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    try {
      stores.useWalkthrough.setState({ graphScope: 'board' });
      const { container } = render(<BoardGraph board={BOARD} hash={HASH} />);
      expect(nodeIds(shown(container)[0]!)).toEqual(['n1']);
      // jsdom has no idle callbacks: idle time is a frame and a task after it, here twice over.
      for (let round = 0; round < 4; round++) await act(async () => vi.advanceTimersByTime(50));
      expect(aside(container)).toEqual([]);
      act(() => stores.useWalkthrough.setState({ graphScope: 'item' }));
      for (let round = 0; round < 4; round++) await act(async () => vi.advanceTimersByTime(50));
      expect(aside(container)[0]?.querySelector('.react-flow')).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
