/**
 * Synthetic boards for benchmarks and big-board tests: any number of nodes in chains that run
 * across the four lanes (business need, technical requirement, capability, tool), about 1.3 edges
 * per node, and items on them (risks of every severity, open questions that block or not,
 * conflicts, assumptions). The same size and seed give the same board. Pure: no Node modules, so
 * the renderer's tests use it as well as the scripts.
 */
import { stringify } from 'yaml';
import type { Board, BoardEdge, BoardNode, Item, PackFile } from '../../shared/board/schema.ts';
import { SEVERITIES } from '../../shared/board/schema.ts';
import { LANE_OF_TYPE } from '../../shared/board/lanes.ts';
import { seededRandom } from './random.ts';

/** A chain's nodes per lane type: the shape of a requirement area on the shipped boards. */
const CHAIN_SHAPE: BoardNode['type'][] = [
  'business-requirement',
  'constraint',
  'technical-requirement',
  'technical-requirement',
  'platform-capability',
  'platform-capability',
  'platform-capability',
  'tool-choice',
  'tool-choice',
  'tool-choice',
];
export const EDGES_PER_NODE = 1.3;

const text = (en: string, nl: string) => ({ en, nl });

function chainNodes(chain: number, size: number): BoardNode[] {
  return Array.from({ length: size }, (_, k) => {
    const type = CHAIN_SHAPE[k % CHAIN_SHAPE.length]!;
    const number = `${chain + 1}.${k + 1}`;
    return {
      id: `n${chain}_${k}`,
      layer: LANE_OF_TYPE[type] === 0 ? 'layer0' : 'layer1',
      type,
      chain: `chain${chain}`,
      label: text(`Synthetic ${type.replace('-', ' ')} ${number}`, `Synthetische ${type.replace('-', ' ')} ${number}`),
    };
  });
}

/** Each node past the first lane hangs off a node of the lane before it; further edges up to the target count. */
function chainEdges(nodes: BoardNode[], pick: () => number, extra: number): BoardEdge[] {
  const edges: BoardEdge[] = [];
  const seen = new Set<string>();
  const add = (from: BoardNode, to: BoardNode, kind: BoardEdge['kind']) => {
    const key = `${from.id}>${to.id}`;
    if (from === to || seen.has(key)) return false;
    seen.add(key);
    edges.push({ from: from.id, to: to.id, kind });
    return true;
  };
  const inLane = (lane: number) => nodes.filter((node) => LANE_OF_TYPE[node.type] === lane);
  for (const node of nodes) {
    const before = inLane(LANE_OF_TYPE[node.type] - 1);
    if (before.length > 0) add(before[Math.floor(pick() * before.length)]!, node, 'leads-to');
  }
  for (let tries = 0; extra > 0 && tries < extra * 10; tries++) {
    const from = nodes[Math.floor(pick() * nodes.length)]!;
    const to = nodes[Math.floor(pick() * nodes.length)]!;
    const lanes = [LANE_OF_TYPE[from.type], LANE_OF_TYPE[to.type]];
    const kind = lanes[0] === lanes[1] ? 'trade-off' : from.type === 'constraint' ? 'constrains' : 'leads-to';
    if (lanes[0]! <= lanes[1]! && add(from, to, kind)) extra--;
  }
  return edges;
}

/** From each chain's constraint to a capability of some other chain. */
function crossChainEdges(nodes: BoardNode[], chains: number, pick: () => number): BoardEdge[] {
  if (chains < 2) return [];
  const capabilities = nodes.filter((node) => node.type === 'platform-capability');
  return nodes
    .filter((node) => node.type === 'constraint')
    .flatMap((from): BoardEdge[] => {
      const to = capabilities[Math.floor(pick() * capabilities.length)];
      return to && to.chain !== from.chain ? [{ from: from.id, to: to.id, kind: 'constrains' }] : [];
    });
}

function itemsOn(nodes: BoardNode[], pick: () => number): Item[] {
  const source = { document: 'synthetic', section: '1' };
  const refsOf = (count: number) => {
    const refs = new Set<string>();
    while (refs.size < Math.min(count, nodes.length)) refs.add(nodes[Math.floor(pick() * nodes.length)]!.id);
    return [...refs];
  };
  const items: Item[] = [];
  const count = Math.max(1, Math.round(nodes.length / 4));
  for (let k = 0; k < count; k++) {
    const id = `item_${k}`;
    const title = text(`Synthetic item ${k + 1}`, `Synthetisch punt ${k + 1}`);
    const base = { id, title, refs: refsOf(1 + (k % 3)), source, options: [], checklist: [], sourceNotes: [] };
    const common = { ...base, authorNotes: [] };
    const kind = k % 4;
    if (kind === 0) items.push({ ...common, kind: 'risk', severity: SEVERITIES[k % SEVERITIES.length]! });
    else if (kind === 1)
      items.push({
        ...common,
        kind: 'open-question',
        number: k + 1,
        question: text(`Question ${k + 1}?`, `Vraag ${k + 1}?`),
        criteria: [],
        blocking: k % 8 === 1,
      });
    else if (kind === 2)
      items.push({
        ...common,
        refs: refsOf(2),
        kind: 'conflict',
        group: 'conflicting-requirement',
        layer0: text('Layer 0 says one thing', 'Laag 0 zegt het ene'),
        layer1: text('Layer 1 says another', 'Laag 1 zegt het andere'),
      });
    else items.push({ ...common, kind: 'assumption' });
  }
  return items;
}

/** A board pack of `nodeCount` nodes in one file, ready to be written as YAML or JSON and imported. */
export function syntheticBoard(
  nodeCount: number,
  seed = 1,
): Required<Pick<PackFile, 'board' | 'layers' | 'nodes' | 'edges' | 'items'>> {
  const pick = seededRandom(seed);
  const nodes: BoardNode[] = [];
  const edges: BoardEdge[] = [];
  const chains = Math.ceil(nodeCount / CHAIN_SHAPE.length);
  for (let chain = 0; chain < chains; chain++) {
    const size = Math.min(CHAIN_SHAPE.length, nodeCount - chain * CHAIN_SHAPE.length);
    const own = chainNodes(chain, size);
    nodes.push(...own);
    // One edge per chain goes to another chain (below), as a budget constraint reaches many areas.
    edges.push(...chainEdges(own, pick, Math.round(size * EDGES_PER_NODE) - (size - 2) - 1));
  }
  edges.push(...crossChainEdges(nodes, chains, pick));
  return {
    board: {
      id: `synthetic-${nodeCount}`,
      version: '1.0.0',
      title: text(`Synthetic board of ${nodeCount} nodes`, `Synthetisch bord van ${nodeCount} knopen`),
      languages: ['nl', 'en'],
      credit: 'Boardwalk benchmarks',
      licence: 'MIT',
      documents: [],
      sourceNotes: [],
      startHere: false,
    },
    layers: [
      { id: 'layer0', title: text('Layer 0: business requirements', 'Laag 0: bedrijfseisen') },
      { id: 'layer1', title: text('Layer 1: technical choices', 'Laag 1: technische keuzes') },
    ],
    nodes,
    edges,
    items: itemsOn(nodes, pick),
  };
}

/** The pack as the one YAML file an import takes (no aliases: a pack may use only a few). */
export function syntheticPackYaml(nodeCount: number, seed = 1): string {
  return stringify(syntheticBoard(nodeCount, seed), { aliasDuplicateObjects: false });
}

/** The same board as the app holds it once imported (its pack's files merged). */
export function syntheticBoardVersion(nodeCount: number, seed = 1): Board {
  const { board: meta, ...rest } = syntheticBoard(nodeCount, seed);
  return { meta, ...rest, context: { variables: [], rules: [] }, traceability: [] };
}
