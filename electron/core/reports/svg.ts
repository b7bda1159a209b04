import type { TFunction } from 'i18next';
import type { Chain, ChainNode } from './model.ts';
import { html, type SafeHtml } from './escape.ts';

const BOX = { width: 170, height: 42, columnGap: 34, rowGap: 8, pad: 4 };
const LINE_CHARS = 30;

/** A title in at most two lines that fit a box; what does not fit ends in an ellipsis. */
export function boxLines(title: string): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const fitted = lines.map((line) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS - 1)}…` : line));
  if (fitted.length <= 2) return fitted;
  const second = fitted[1]!.replace(/…$/, '');
  return [fitted[0]!, `${second.slice(0, LINE_CHARS - 1)}…`];
}

function positions(nodes: readonly ChainNode[]) {
  const depths = [...new Set(nodes.map((node) => node.depth))].sort((a, b) => a - b);
  const rows = new Map<number, number>();
  const place = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const column = depths.indexOf(node.depth);
    const row = rows.get(node.depth) ?? 0;
    rows.set(node.depth, row + 1);
    place.set(node.id, {
      x: BOX.pad + column * (BOX.width + BOX.columnGap),
      y: BOX.pad + row * (BOX.height + BOX.rowGap),
    });
  }
  const tallest = Math.max(...rows.values());
  return {
    place,
    width: BOX.pad * 2 + depths.length * BOX.width + (depths.length - 1) * BOX.columnGap,
    height: BOX.pad * 2 + tallest * BOX.height + (tallest - 1) * BOX.rowGap,
  };
}

/** The chain around an item as an inline SVG: boxes per item with their status, arrows from prerequisite to dependant. */
export function chainSvg(chain: Chain, t: TFunction, label: string): SafeHtml {
  const { place, width, height } = positions(chain.nodes);
  const arrows = chain.links.map((link) => {
    const from = place.get(link.from)!;
    const to = place.get(link.to)!;
    const x1 = from.x + BOX.width;
    const y1 = from.y + BOX.height / 2;
    const x2 = to.x;
    const y2 = to.y + BOX.height / 2;
    const bend = (x2 - x1) / 2;
    return html`<path
      class="link"
      d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2 - 2},${y2}"
      marker-end="url(#arrow)"
    />`;
  });
  const boxes = chain.nodes.map((node) => {
    const { x, y } = place.get(node.id)!;
    const lines = boxLines(node.title);
    return html`<g class="node status-${node.status}${node.depth === 0 ? ' self' : ''}">
      <rect x="${x}" y="${y}" width="${BOX.width}" height="${BOX.height}" rx="5" />
      ${lines.map((line, index) => html`<text x="${x + 6}" y="${y + 12 + index * 11}">${line}</text>`)}
      <text class="node-status" x="${x + 6}" y="${y + BOX.height - 5}"
        >${t(`kinds.${node.kind}`)} · ${t(`statuses.${node.status}`)}</text
      >
    </g>`;
  });
  return html`<svg
    class="chain"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${width} ${height}"
    width="${Math.min(100, (width / 820) * 100)}%"
  >
    <defs>
      <marker
        id="arrow"
        viewBox="0 0 8 8"
        refX="7"
        refY="4"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M0,0 L8,4 L0,8 z" />
      </marker>
    </defs>
    ${arrows} ${boxes}
  </svg>`;
}
