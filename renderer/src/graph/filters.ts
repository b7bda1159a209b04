import type { ItemKind } from '../../../shared/board/kinds.ts';
import type { Board, Item } from '../../../shared/board/schema.ts';
import type { SEVERITIES } from '../../../shared/board/schema.ts';
import type { Outcome, OutcomeStatus } from '../../../shared/session/schema.ts';
import type { Language } from '../../../shared/text.ts';

/** Which items the graph picks out; an empty value means any. */
export interface GraphFilters {
  kind: ItemKind | '';
  status: OutcomeStatus | '';
  severity: (typeof SEVERITIES)[number] | '';
  /** Only open questions that block the start. */
  blocking: boolean;
}

export const EMPTY_FILTERS: GraphFilters = { kind: '', status: '', severity: '', blocking: false };

export function filtersActive(filters: GraphFilters): boolean {
  return filters.kind !== '' || filters.status !== '' || filters.severity !== '' || filters.blocking;
}

function itemMatches(item: Item, status: OutcomeStatus, filters: GraphFilters): boolean {
  if (filters.kind && item.kind !== filters.kind) return false;
  if (filters.status && status !== filters.status) return false;
  if (filters.severity && (item.kind !== 'risk' || item.severity !== filters.severity)) return false;
  if (filters.blocking && (item.kind !== 'open-question' || !item.blocking)) return false;
  return true;
}

/** The nodes with at least one item that passes every filter set; null when no filter is set. */
export function matchingNodes(
  board: Board,
  outcomes: Readonly<Record<string, Outcome>>,
  filters: GraphFilters,
): Set<string> | null {
  if (!filtersActive(filters)) return null;
  const nodes = new Set<string>();
  for (const item of board.items)
    if (itemMatches(item, outcomes[item.id]?.status ?? 'open', filters)) for (const ref of item.refs) nodes.add(ref);
  return nodes;
}

export interface SearchHit {
  type: 'node' | 'item';
  id: string;
  /** In the language asked for. */
  label: string;
}

/** Lower case, accents dropped, so "modele" finds "modèle". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Entry {
  type: SearchHit['type'];
  id: string;
  label: Record<Language, string>;
  haystack: string;
}

// Folded once per board: a search then runs per key press over plain strings.
const entriesOf = new WeakMap<Board, Entry[]>();

function entries(board: Board): Entry[] {
  let list = entriesOf.get(board);
  if (!list) {
    const make = (type: Entry['type'], id: string, label: Record<Language, string>): Entry => ({
      type,
      id,
      label,
      haystack: fold(`${label.nl}\n${label.en}\n${id}`),
    });
    list = [
      ...board.nodes.map((node) => make('node', node.id, node.label)),
      ...board.items.map((item) => make('item', item.id, item.title)),
    ];
    entriesOf.set(board, list);
  }
  return list;
}

/** Nodes and items whose label (in either language) or id holds the query; the best matches first. */
export function searchBoard(board: Board, query: string, language: Language, limit = 12): SearchHit[] {
  const wanted = fold(query.trim());
  if (!wanted) return [];
  const scored: { entry: Entry; score: number }[] = [];
  for (const entry of entries(board)) {
    const at = entry.haystack.indexOf(wanted);
    if (at < 0) continue;
    const wordStart = at === 0 || /[\s\-_(/]/.test(entry.haystack[at - 1]!);
    scored.push({ entry, score: (at === 0 ? 0 : wordStart ? 1 : 2) + (entry.type === 'node' ? 0 : 0.5) });
  }
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ entry }) => ({ type: entry.type, id: entry.id, label: entry.label[language] }));
}
