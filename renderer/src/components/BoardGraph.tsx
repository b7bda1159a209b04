import '@xyflow/react/dist/style.css';
import '../graph/graph.css';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { LayoutScope } from '../../../shared/board/layout.ts';
import type { Board } from '../../../shared/board/schema.ts';
import { matchingNodes, type SearchHit } from '../graph/filters.ts';
import {
  createGraphFlags,
  DIMMED,
  GraphFlagsContext,
  HIGHLIGHTED,
  MATCHED,
  PICKED,
  sameFlags,
  type GraphFlagsStore,
} from '../graph/flags.ts';
import { isTypingTarget, matchesShortcut } from '../shortcuts.ts';
import { layoutKey } from '../stores/graphView.ts';
import { useGraphView, useOutcomes, usePreferences, useWalkthrough } from '../stores/index.ts';
import { useGraphLargeKeyboard } from '../graph/graphLarge.ts';
import { itemPart } from '../graph/itemPart.ts';
import { ITEM_CANVAS, useItemCanvasStandby, type StandbyCanvas } from '../graph/useItemCanvasStandby.ts';
import { useInNextTask } from '../useInNextTask.ts';
import { useKeptUntilIdle } from '../useKeptUntilIdle.ts';
import { GraphCanvas, type GraphPart } from './GraphCanvas.tsx';
import { GraphErrorBoundary } from './GraphErrorBoundary.tsx';
import { GraphToolbar } from './GraphToolbar.tsx';

export interface BoardGraphProps {
  board: Board;
  hash: string;
  /**
   * 'presenter': read-only, for the projector: the chain of the item under discussion (the one
   * given, else the walkthrough's), no search, filters, minimap or keyboard stops.
   */
  variant?: 'facilitator' | 'presenter';
  itemId?: string | null;
}

/** The texts nodes and edges show, in the UI language, handed to them once rather than translated per node. */
function useGraphTexts(flags: GraphFlagsStore) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  useLayoutEffect(() => {
    flags.setState({
      texts: {
        language,
        types: {
          'business-requirement': t('graph.nodeTypes.business-requirement'),
          constraint: t('graph.nodeTypes.constraint'),
          principle: t('graph.nodeTypes.principle'),
          'technical-requirement': t('graph.nodeTypes.technical-requirement'),
          'platform-capability': t('graph.nodeTypes.platform-capability'),
          'tool-choice': t('graph.nodeTypes.tool-choice'),
          trigger: t('graph.nodeTypes.trigger'),
        },
        edgeKinds: {
          'leads-to': t('graph.edgeKinds.leads-to'),
          constrains: t('graph.edgeKinds.constrains'),
          'trade-off': t('graph.edgeKinds.trade-off'),
          alternative: t('graph.edgeKinds.alternative'),
          conflict: t('graph.edgeKinds.conflict'),
        },
        statusCount: (status, count) => t(`graph.counts.${status}`, { count }),
        noItems: t('graph.noItems'),
      },
    });
  }, [flags, t, language]);
}

/** Ctrl+F, or `/` outside a text field, goes to the graph's search. */
function useSearchShortcut(input: React.RefObject<HTMLInputElement | null>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, 'graphSearch')) return;
      if (event.key === '/' && isTypingTarget(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [input, enabled]);
}

/**
 * A store of flags per canvas, the next one starting from what the one before showed (texts,
 * flags), so its nodes are drawn right the first time; the canvas kept hidden keeps its own, unchanged.
 * The item canvas made ahead (`standby`) brings its own, which its nodes are drawn with already.
 */
function useCanvasFlags(canvasKey: string, standby: GraphFlagsStore | null): GraphFlagsStore {
  const [shown, setShown] = useState(() => ({ key: canvasKey, store: createGraphFlags() }));
  if (shown.key === canvasKey) return shown.store;
  let store = standby;
  if (canvasKey !== ITEM_CANVAS || !store) {
    store = createGraphFlags();
    store.setState(shown.store.getState());
  }
  setShown({ key: canvasKey, store });
  return store;
}

/** What an item canvas made ahead shows when no item is ahead on the agenda. */
const NOTHING: GraphPart = { nodes: [], edges: [] };
const NONE: ReadonlySet<string> = new Set();

/**
 * A place for a canvas, all in one cell: the one shown; the one shown before, hidden until it goes;
 * the item canvas made ahead, hidden until an item is opened. Hidden, a canvas is out of reach of
 * the keyboard and of screen readers, and its size is kept so it is not drawn again.
 */
function slot(key: string, flags: GraphFlagsStore, content: ReactNode, place: 'shown' | 'leaving' | 'ahead') {
  const shown = place === 'shown';
  return (
    <div
      key={key}
      className={`graph-slot${shown ? '' : ` aside ${place}`}`}
      inert={!shown}
      aria-hidden={shown ? undefined : 'true'}
    >
      <GraphFlagsContext.Provider value={flags}>{content}</GraphFlagsContext.Provider>
    </div>
  );
}

/** Drawn again only when its board or item changes: not on every render of the app around it. */
export const BoardGraph = memo(function BoardGraph({ board, hash, variant = 'facilitator', itemId }: BoardGraphProps) {
  const { t } = useTranslation();
  const presenter = variant === 'presenter';
  const captionId = useId();
  const standbyCaptionId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  const large = useGraphLargeKeyboard(section, !presenter);
  // Given an item, the graph does not follow the walkthrough's by itself (the app hands it over when it is ready).
  const walkthroughItemId = useWalkthrough((state) => (itemId !== undefined ? null : state.selectedItemId));
  const selectedItemId = itemId !== undefined ? itemId : walkthroughItemId;
  const focusedNodeId = useWalkthrough((state) => state.focusedNodeId);
  const focusNode = useWalkthrough((state) => state.focusNode);
  const selectItem = useWalkthrough((state) => state.selectItem);
  const graphScope = useWalkthrough((state) => state.graphScope);
  const setGraphScope = useWalkthrough((state) => state.setGraphScope);
  const outcomes = useOutcomes((state) => state.outcomes);
  const filters = useGraphView((state) => state.filters);
  const ensureLayout = useGraphView((state) => state.ensureLayout);
  const retryLayout = useGraphView((state) => state.retryLayout);

  const highlighted = useMemo<ReadonlySet<string>>(() => {
    const item = selectedItemId ? indexBoard(board).itemById.get(selectedItemId) : undefined;
    return new Set(item?.refs ?? []);
  }, [board, selectedItemId]);
  // An item is shown in its own view, not on the whole board.
  const itemViewChosen = presenter || graphScope === 'item';
  const itemView = highlighted.size > 0 && itemViewChosen;
  const part = useMemo<GraphPart>(
    () => (itemView && selectedItemId ? itemPart(board, selectedItemId) : board),
    [itemView, board, selectedItemId],
  );
  // An item's view is the compact chain view, laid out in the page for its pane: it waits for nothing.
  const scope: LayoutScope = 'board';
  const key = layoutKey(hash, scope);
  const layout = useGraphView((state) => state.layouts[key]);
  // The whole board and an item's view (or another board) are different canvases, each with its flags.
  const canvasKey = itemView ? ITEM_CANVAS : key;
  const [standby, setStandby] = useState<StandbyCanvas | null>(null);
  const flags = useCanvasFlags(canvasKey, standby?.flags ?? null);
  useGraphTexts(flags);
  useSearchShortcut(searchRef, !presenter);

  // The whole board's layout is made (or read) even while an item is shown, so the board is ready.
  useEffect(() => {
    void ensureLayout(hash, scope, board, false);
  }, [ensureLayout, hash, scope, board, layout]);

  const matches = useMemo(
    () => (presenter ? null : matchingNodes(board, outcomes, filters)),
    [presenter, board, outcomes, filters],
  );
  useLayoutEffect(() => {
    const next = new Map<string, number>();
    const dimOthers = !itemView && highlighted.size > 0;
    for (const node of part.nodes) {
      let value = highlighted.has(node.id) ? HIGHLIGHTED : 0;
      if (matches) value |= matches.has(node.id) ? MATCHED : DIMMED;
      else if (dimOthers && !highlighted.has(node.id)) value |= DIMMED;
      if (node.id === focusedNodeId) value |= PICKED;
      if (value) next.set(node.id, value);
    }
    const current = flags.getState();
    if (!sameFlags(current.flags, next) || current.itemView !== itemView) flags.setState({ flags: next, itemView });
  }, [flags, part, highlighted, matches, focusedNodeId, itemView]);
  const matchCount = matches ? part.nodes.filter((node) => matches.has(node.id)).length : null;

  // A node from the search: shown on the whole board if this item's view does not hold it.
  const onPick = useCallback(
    (hit: SearchHit) => {
      // The caption follows the pick: it never goes on about the node looked at before the search.
      if (hit.type === 'item') {
        flags.setState({ activeNodeId: null });
        return selectItem(hit.id);
      }
      if (!part.nodes.some((node) => node.id === hit.id)) setGraphScope('board');
      focusNode(hit.id);
      flags.setState({ centerRequest: { nodeId: hit.id, serial: Date.now() }, activeNodeId: hit.id });
    },
    [part, selectItem, setGraphScope, focusNode, flags],
  );

  // Kept in the toolbar, out of sight and reach, while no item is chosen: the toolbar is as tall
  // before an item opens as after, so the pane does not shrink (and the graph is not fitted again)
  // at the moment the item's graph is drawn.
  const scopeToggle = presenter ? null : highlighted.size > 0 ? (
    <button
      type="button"
      className="graph-scope"
      aria-pressed={!itemView}
      onClick={() => setGraphScope(itemView ? 'board' : 'item')}
    >
      {itemView ? t('graph.showBoard') : t('graph.showItem')}
    </button>
  ) : (
    <button type="button" className="graph-scope placeholder" disabled aria-hidden="true" tabIndex={-1}>
      {t('graph.showBoard')}
    </button>
  );

  const problem = (message: string, retry: () => void) => (
    <div className="graph-problem" role="alert">
      <p>{message}</p>
      <p>{t('graph.problem.stillWorks')}</p>
      <button type="button" onClick={retry}>
        {t('graph.problem.retry')}
      </button>
    </div>
  );

  const renderProblem = (message: string, retry: () => void) => problem(t('graph.problem.render', { message }), retry);
  const canvas =
    itemView || layout?.status === 'ready' ? (
      <GraphErrorBoundary key={canvasKey} fallback={renderProblem}>
        <GraphCanvas
          board={board}
          part={part}
          positions={itemView || layout?.status !== 'ready' ? null : layout.layout.positions}
          itemView={itemView}
          itemId={itemView ? selectedItemId : null}
          presenter={presenter}
          highlighted={highlighted}
          captionId={captionId}
        />
      </GraphErrorBoundary>
    ) : layout?.status === 'failed' ? (
      problem(t('graph.problem.layout', { message: layout.message }), () => retryLayout(hash, scope))
    ) : (
      <div className="graph-progress" role="status">
        {layout?.progress == null
          ? t('graph.layingOut')
          : t('graph.layingOutProgress', { percent: Math.round(layout.progress * 100) })}
        <div className="graph-progress-bar" aria-hidden="true">
          <span style={{ width: `${Math.round((layout?.progress ?? 0) * 100)}%` }} />
        </div>
      </div>
    );
  // From the whole board to an item's view (or another board) the new canvas is drawn a task after
  // the change (in a render React can pause), the one before still shown until then; hidden once the
  // new one is drawn, it is taken down in idle time after that. Both in one task, a hundred nodes
  // and more, would hold the page too long. An item's view is drawn in the canvas made ahead, if
  // there is one, at once: in the task of the click, in a React Flow that is there already and most
  // often holds that item's graph already, so the frame after the click shows it. (The first item's
  // details come a task later: useDetailsAfterGraph.)
  const drawn = useInNextTask(canvasKey, canvasKey === ITEM_CANVAS && standby !== null) === canvasKey;
  const kept = useKeptUntilIdle(canvasKey, { canvas, flags }, drawn);
  const itemViewDrawn = itemView && drawn;
  const boardWithItemsInOwnView = !itemView && itemViewChosen;
  useItemCanvasStandby({
    board,
    standby,
    setStandby,
    make: boardWithItemsInOwnView && drawn && !kept && layout?.status === 'ready',
    keep: boardWithItemsInOwnView || (itemView && !drawn),
    shown: flags,
  });
  const standbySlot =
    standby &&
    !itemViewDrawn &&
    slot(
      ITEM_CANVAS,
      standby.flags,
      <GraphErrorBoundary key={ITEM_CANVAS} fallback={renderProblem}>
        <GraphCanvas
          board={board}
          part={standby.itemId ? itemPart(board, standby.itemId) : NOTHING}
          positions={null}
          itemView
          itemId={standby.itemId}
          presenter={presenter}
          highlighted={NONE}
          captionId={standbyCaptionId}
        />
      </GraphErrorBoundary>,
      'ahead',
    );

  return (
    <section
      ref={section}
      className={`graph${presenter ? ' presenter' : ''}${large ? ' large' : ''}`}
      aria-label={t('graph.heading')}
    >
      {!presenter && (
        <p className="visually-hidden" role="status">
          {large ? t('graphLarge.shown') : ''}
        </p>
      )}
      {!presenter && (
        <GraphToolbar
          board={board}
          searchRef={searchRef}
          onPick={onPick}
          matchCount={matchCount}
          scopeToggle={scopeToggle}
        />
      )}
      <div className="graph-slots">
        {/* First: shown in its place, the board's canvas is not moved (and laid out again) for it. */}
        {standbySlot}
        {drawn && slot(canvasKey, flags, canvas, 'shown')}
        {kept && slot(kept.key, kept.content.flags, kept.content.canvas, drawn ? 'leaving' : 'shown')}
      </div>
    </section>
  );
});
