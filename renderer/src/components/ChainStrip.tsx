import { useTranslation } from 'react-i18next';
import type { NodeType } from '../../../shared/board/kinds.ts';
import { neighbourhood } from '../../../shared/board/neighbourhood.ts';
import type { Board, BoardNode, Item } from '../../../shared/board/schema.ts';
import { usePreferences } from '../stores/index.ts';

/** The lanes a chain reads through, left to right: Layer 0, then technical requirements, capabilities, tools. */
const LANES: { key: 'layer0' | 'technical' | 'capability' | 'tool'; types: readonly NodeType[] }[] = [
  { key: 'layer0', types: ['business-requirement', 'constraint', 'principle', 'trigger'] },
  { key: 'technical', types: ['technical-requirement'] },
  { key: 'capability', types: ['platform-capability'] },
  { key: 'tool', types: ['tool-choice'] },
];

/** A lane shows at most this many nodes on the room's screen, so the chain fits beside the item. */
const MAX_PER_LANE = 4;

/**
 * The item's chain for the room's screen: the nodes it concerns and their neighbours, in lanes from
 * Layer 0 to tools. Plain boxes in large type; the full graph stays on the facilitator's screen.
 */
export function ChainStrip({ board, item }: { board: Board; item: Item }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const refs = new Set(item.refs);
  if (refs.size === 0) return null;
  const { nodes } = neighbourhood(board, refs);
  // The item's own nodes first; a long lane shows a few and says how many more there are.
  const lanes = LANES.map((lane) => {
    const inLane = nodes.filter((node: BoardNode) => lane.types.includes(node.type));
    const own = inLane.filter((node) => refs.has(node.id));
    const shown = [...own, ...inLane.filter((node) => !refs.has(node.id))].slice(0, Math.max(MAX_PER_LANE, own.length));
    return { ...lane, nodes: shown, more: inLane.length - shown.length };
  }).filter((lane) => lane.nodes.length > 0);
  return (
    <section className="chain-strip" aria-labelledby="chain-heading">
      <h3 id="chain-heading">{t('presenter.chain')}</h3>
      <ol className="chain-lanes">
        {lanes.map((lane) => (
          <li key={lane.key} className="chain-lane">
            <h4>{t(`presenter.lanes.${lane.key}`)}</h4>
            <ul>
              {lane.nodes.map((node) => (
                <li key={node.id} className={refs.has(node.id) ? 'chain-node concerned' : 'chain-node'}>
                  {node.label[language]}
                </li>
              ))}
              {lane.more > 0 && <li className="chain-more">{t('presenter.more', { count: lane.more })}</li>}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
