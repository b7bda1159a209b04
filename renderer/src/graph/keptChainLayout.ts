import { chainLayout, type ChainLayout } from './chainLayout.ts';
import type { Box, LayoutInput } from './geometry.ts';

/** Enough for the items of a meeting that are opened again, and the ones laid out ahead. */
const KEPT = 48;
const kept = new Map<string, ChainLayout>();

/** What a chain layout depends on: the nodes and edges in their order, and the pane. */
function keyOf(input: LayoutInput, pane: Box): string {
  const nodes = input.nodes.map((node) => `${node.id}\u0001${node.type}\u0001${node.chain ?? ''}`).join('\u0002');
  const edges = input.edges.map((edge) => `${edge.from}\u0001${edge.to}`).join('\u0002');
  return `${pane.width}x${pane.height}\u0003${nodes}\u0003${edges}`;
}

/**
 * The compact chain view of a part for a pane, laid out once: an item opened again, or laid out
 * ahead in idle time (useChainLayoutAhead), is drawn without laying it out in the task of the click
 * (about a third of that task for the first item opened, on a 2-core machine). The least recently
 * used goes first.
 */
export function keptChainLayout(input: LayoutInput, pane: Box): ChainLayout {
  const key = keyOf(input, pane);
  const found = kept.get(key);
  if (found) {
    kept.delete(key);
    kept.set(key, found);
    return found;
  }
  const made = chainLayout(input, pane);
  kept.set(key, made);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return made;
}
