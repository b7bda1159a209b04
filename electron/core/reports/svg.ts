import type { TFunction } from 'i18next';
import type { Chain, ChainNode } from './model.ts';
import { html, type SafeHtml } from './escape.ts';

const BOX = { width: 170, columnGap: 26, rowGap: 8, pad: 4, inset: 6 };
/** The width the page gives a diagram, in CSS px (A4 less its margins: 180 mm). */
const PAGE_WIDTH_PX = 680;
/** The smallest text a diagram prints: 11 CSS px is 8.25 pt. */
const MIN_FONT_PX = 11;
/** Average glyph width of the report font, as a share of its size. */
const GLYPH_WIDTH = 0.56;

/** A title in at most two lines of `lineChars`; what does not fit ends in an ellipsis. */
export function boxLines(title: string, lineChars = 30): string[] {
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= lineChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const fitted = lines.map((line) => (line.length > lineChars ? `${line.slice(0, lineChars - 1)}…` : line));
  if (fitted.length <= 2) return fitted;
  const second = fitted[1]!.replace(/…$/, '');
  return [fitted[0]!, `${second.slice(0, lineChars - 1)}…`];
}

/**
 * How a chain of `columns` columns is drawn: a wide one is scaled down to the page, so its text
 * is drawn larger in the diagram's own units to print at least MIN_FONT_PX.
 */
export function chainMetrics(columns: number) {
  const width = BOX.pad * 2 + columns * BOX.width + (columns - 1) * BOX.columnGap;
  const scale = Math.min(1, PAGE_WIDTH_PX / width);
  const font = Math.ceil((MIN_FONT_PX / scale) * 10) / 10;
  const statusFont = font;
  const lineHeight = Math.ceil(font * 1.2);
  const lineChars = Math.max(8, Math.floor((BOX.width - BOX.inset * 2) / (font * GLYPH_WIDTH)));
  const boxHeight = Math.ceil(lineHeight * 3 + BOX.inset);
  return { width, scale, font, statusFont, lineHeight, lineChars, boxHeight };
}

function positions(nodes: readonly ChainNode[]) {
  const depths = [...new Set(nodes.map((node) => node.depth))].sort((a, b) => a - b);
  const metrics = chainMetrics(depths.length);
  const rows = new Map<number, number>();
  const place = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const column = depths.indexOf(node.depth);
    const row = rows.get(node.depth) ?? 0;
    rows.set(node.depth, row + 1);
    place.set(node.id, {
      x: BOX.pad + column * (BOX.width + BOX.columnGap),
      y: BOX.pad + row * (metrics.boxHeight + BOX.rowGap),
    });
  }
  const tallest = Math.max(...rows.values());
  return {
    place,
    metrics,
    width: metrics.width,
    height: BOX.pad * 2 + tallest * metrics.boxHeight + (tallest - 1) * BOX.rowGap,
  };
}

/** The chain around an item as an inline SVG: boxes per item with their status, arrows from prerequisite to dependant. */
export function chainSvg(chain: Chain, t: TFunction, label: string): SafeHtml {
  const { place, metrics, width, height } = positions(chain.nodes);
  const arrows = chain.links.map((link) => {
    const from = place.get(link.from)!;
    const to = place.get(link.to)!;
    const x1 = from.x + BOX.width;
    const y1 = from.y + metrics.boxHeight / 2;
    const x2 = to.x;
    const y2 = to.y + metrics.boxHeight / 2;
    const bend = (x2 - x1) / 2;
    return html`<path
      class="link"
      d="M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2 - 2},${y2}"
      marker-end="url(#arrow)"
    />`;
  });
  const boxes = chain.nodes.map((node) => {
    const { x, y } = place.get(node.id)!;
    const lines = boxLines(node.title, metrics.lineChars);
    // The kind where there is room beside the status; the status always.
    const both = `${t(`kinds.${node.kind}`)} · ${t(`statuses.${node.status}`)}`;
    const status = both.length <= metrics.lineChars ? both : t(`statuses.${node.status}`);
    return html`<g class="node status-${node.status}${node.depth === 0 ? ' self' : ''}">
      <rect x="${x}" y="${y}" width="${BOX.width}" height="${metrics.boxHeight}" rx="5" />
      ${lines.map(
        (line, index) =>
          html`<text x="${x + BOX.inset}" y="${y + metrics.lineHeight * (index + 1)}" font-size="${metrics.font}"
            >${line}</text
          >`,
      )}
      <text
        class="node-status"
        x="${x + BOX.inset}"
        y="${y + metrics.boxHeight - BOX.inset}"
        font-size="${metrics.statusFont}"
        >${status}</text
      >
    </g>`;
  });
  return html`<svg
    class="chain"
    role="img"
    aria-label="${label}"
    viewBox="0 0 ${width} ${height}"
    width="${Math.round(width * metrics.scale)}"
    height="${Math.round(height * metrics.scale)}"
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
