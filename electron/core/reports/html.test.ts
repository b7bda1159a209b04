import { describe, expect, it } from 'vitest';
import { fixtureOutcomes, fixtureReportInput, fixtureSession } from '../../testing/reportFixture.ts';
import { buildReportModel } from './build.ts';
import { cssString, escapeHtml, html } from './escape.ts';
import { REPORT_FONT_FAMILY } from './fonts.ts';
import { renderReportHtml } from './html.ts';
import { REPORT_CSS } from './styles.ts';
import { chainMetrics } from './svg.ts';
import { SOFT_HYPHEN, withoutSoftHyphens } from '../../../shared/typography/hyphenate.ts';

const RLO = '\u202e';

/** The report's HTML with its soft hyphens taken out, so a test reads the words as written. */
function render(language: 'nl' | 'en', overrides: Parameters<typeof fixtureReportInput>[1] = {}) {
  return withoutSoftHyphens(renderReportHtml(buildReportModel(fixtureReportInput(language, overrides))));
}

const hostile = {
  session: fixtureSession({
    title: `Review <script>alert(1)</script> "quoted" ${RLO}evil`,
    facilitator: 'Anouk & "Bram"',
  }),
};

/** Right-to-left overrides in the session's title and in every decided outcome's owner and rationale. */
const overridden = {
  ...hostile,
  outcomes: fixtureOutcomes().map((outcome) =>
    outcome.status === 'decided'
      ? { ...outcome, owner: `${RLO}Ops`, rationale: `${RLO}Because ${outcome.rationale ?? ''}` }
      : outcome,
  ),
};

/** What the report's CSS makes a bidi isolate of its own (REPORT_CSS), and the blocks it writes text in. */
const ISOLATES = ['span', 'b', 'i', 'bdi', 'a', 'td', 'th', 'dd', 'dt', 'li'];
const BLOCKS = ['p', 'h1', 'h2', 'h3', 'div'];

describe('the decision report as HTML', () => {
  it('escapes every text from the board and the user', () => {
    const report = render('en', hostile);
    expect(report).not.toContain('<script>');
    expect(report).toContain('Review &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).toContain('Anouk &amp; &quot;Bram&quot;');
    expect(report.match(/<h1>/g)).toHaveLength(1);
  });

  it('keeps board and user text inside a bidi isolate, in the body and in the running header', () => {
    const report = render('en', overridden);
    expect(REPORT_CSS).toContain(`${ISOLATES.join(', ')} { unicode-bidi: isolate; }`);
    const body = report.slice(report.indexOf('<body>'));
    const holders = [...body.matchAll(new RegExp(RLO, 'g'))].map(({ index: at }) => {
      // The element the text sits in directly, and whether that text is all it holds.
      const open = /<([a-z0-9]+)[^>]*>[^<]*$/.exec(body.slice(0, at))?.[1];
      const close = /^[^<]*<\/([a-z0-9]+)>/.exec(body.slice(at))?.[1];
      return { tag: open, alone: open !== undefined && open === close, around: body.slice(at - 80, at + 80) };
    });
    // The title, and each decided outcome's owner and rationale: on the cover, in the items and the tables.
    expect(holders.map(({ tag }) => tag)).toEqual(expect.arrayContaining(['h1', 'td', 'span']));
    for (const { tag, alone, around } of holders) {
      // Its own <bdi>, or an isolating element or a block that holds nothing else: the override reorders nothing beside it.
      const isolated = alone && (tag === 'bdi' || ISOLATES.includes(tag!) || BLOCKS.includes(tag!));
      expect(isolated, around).toBe(true);
    }
    const style = report.slice(report.indexOf('<style>'), report.indexOf('</style>'));
    expect(style).not.toContain(RLO);
    expect(style).not.toContain('<script');
  });

  it('hyphenates every word of six letters or more in tables, and only long words in wide text', () => {
    const report = renderReportHtml(buildReportModel(fixtureReportInput('nl')));
    const body = report.slice(report.indexOf('<body>'));
    const tables = body.match(/<table[^]*?<\/table>/g)!.join('');
    const wide = body.replace(/<table[^]*?<\/table>|<svg[^]*?<\/svg>/g, '');
    const words = (html: string) => html.replace(/<[^>]*>/g, ' ').match(/[\p{L}\u00ad]{6,}/gu) ?? [];
    const broken = (html: string, shorter: number) =>
      words(html).filter((word) => word.includes(SOFT_HYPHEN) && withoutSoftHyphens(word).length < shorter);
    // "Besloten" in a table's status column may break; in a paragraph it moves to the next line whole.
    expect(broken(tables, 14).length).toBeGreaterThan(20);
    expect(broken(wide, 14)).toEqual([]);
    expect(words(wide).filter((word) => word.includes(SOFT_HYPHEN)).length).toBeGreaterThan(5);
  });

  it('is written in the chosen language, dates included', () => {
    const dutch = render('nl');
    expect(dutch).toContain('<html lang="nl">');
    expect(dutch).toContain('Besluitenverslag');
    expect(dutch).toContain('15 januari 2027');
    expect(dutch).toContain('Geëscaleerd');
    expect(dutch).toContain('Database: beheerde PostgreSQL');
    const english = render('en');
    expect(english).toContain('Decision report');
    expect(english).toContain('15 January 2027');
    expect(english).not.toContain('Besluitenverslag');
  });

  it('puts page numbers and a running header in the page margins', () => {
    const report = render('nl');
    expect(report).toMatch(/@top-center \{ content: "Verslagbord \\0000b7 /);
    expect(report).toContain('counter(page)');
    expect(report).toContain('counter(pages)');
  });

  it('names who made each change in the audit trail', () => {
    const report = render('en');
    expect(report).toMatch(/<td>Bram<\/td>\s*<td>Vote cast: Votes<\/td>/);
    expect(report).toMatch(/<td>Anouk de Vries<\/td>\s*<td>Outcome recorded: /);
  });

  it('draws the dependency chain of a decided item with each node status', () => {
    const report = render('en');
    expect(report).toMatch(
      /<svg\s+class="chain"\s+role="img"\s+aria-label="Dependency chain of Database: managed PostgreSQL"/,
    );
    expect(report).toContain('Open question · Open');
    expect(report).toMatch(/>\s*Decided<\/text/);
    // Printed at 8 pt or more: no diagram text below 11 CSS px once the drawing is scaled to the page.
    for (const [, size] of report.matchAll(/font-size="([\d.]+)"/g)) expect(Number(size)).toBeGreaterThanOrEqual(11);
  });

  it('says what changed since the last review in one line per decision, not one per field', () => {
    const report = render('en');
    const changes = report.slice(
      report.indexOf('id="changes"'),
      report.indexOf('</section>', report.indexOf('id="changes"')),
    );
    // Four items changed (one newly decided, one escalated, two taken up for the first time), each
    // with several fields: one row each under the header row.
    const changed = buildReportModel(fixtureReportInput('en')).changes!.items;
    expect(changed).toHaveLength(4);
    expect(changed.some((item) => item.changes.length > 1)).toBe(true);
    expect(changes.match(/<tr>/g)).toHaveLength(1 + changed.length);
    expect(changes).toMatch(/Single region[^]*Status changed[^]*Open[^]*→[^]*Escalated[^]*Second region/);
    expect(changes).not.toMatch(/— →/);
  });

  it('keeps diagram text at 8 pt or more however wide the chain: scaled down, drawn larger', () => {
    for (let columns = 1; columns <= 5; columns++) {
      const metrics = chainMetrics(columns);
      // 11 CSS px = 8.25 pt on paper, after the drawing is scaled to the page.
      expect(metrics.font * metrics.scale).toBeGreaterThanOrEqual(11);
      expect(metrics.lineChars).toBeGreaterThanOrEqual(8);
    }
  });

  it('prints emoji with the emoji font shipped with the app, and carries it only when the text has emoji', () => {
    const withEmoji = render('en', { session: fixtureSession({ summary: 'Go live 🚀' }) });
    expect(withEmoji).toMatch(/font-family: "Boardwalk Report Emoji"[^}]*src: url\(data:font\/woff2;base64,/);
    expect(render('en')).not.toContain('font-family: "Boardwalk Report Emoji"; font-style');
  });

  it('puts a contents page with links to every section and item, and page 1 in the order of the story', () => {
    const report = render('en', { session: fixtureSession({ summary: 'The room decided two things.' }) });
    for (const anchor of [
      'decisions',
      'changes',
      'items',
      'blocking',
      'risks',
      'actions',
      'audit',
      'item-decision_database',
    ])
      expect(report).toMatch(new RegExp(`href="#${anchor}"[^]*id="${anchor}"`));
    const order = ['The room decided two things.', 'Needs attention', 'In numbers', 'Contents'].map((text) =>
      report.indexOf(text),
    );
    expect(order.every((position) => position > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('carries its own fonts and loads nothing from outside', () => {
    const report = render('nl');
    expect(report).toContain(`font-family: "${REPORT_FONT_FAMILY}"`);
    expect(report).toMatch(/src: url\(data:font\/woff2;base64,/);
    expect(report).not.toMatch(/<script|<link|src=|https?:\/\//);
  });

  it('is hidden on screen only when it is made for printing, and is otherwise the same document', () => {
    const model = buildReportModel(fixtureReportInput('nl'));
    const file = renderReportHtml(model);
    const printed = renderReportHtml(model, 'UTC', 'print');
    expect(file).not.toContain('@media screen');
    expect(printed).toContain('@media screen { body { display: none; } }');
    expect(printed.replace('\n@media screen { body { display: none; } }', '')).toBe(file);
  });

  it('says so when nothing was recorded yet', () => {
    const empty = render('nl', { outcomes: [], events: [], previous: null });
    expect(empty).toContain('In deze sessie is nog niets vastgelegd.');
  });
});

describe('escaping', () => {
  it('escapes the five special characters in HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('escapes interpolated values but keeps nested safe fragments', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${'&'}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&amp;</p>');
  });
  it('writes any text as a CSS string that cannot end early', () => {
    expect(cssString('a"}</style>\\')).toBe('"a\\000022 \\00007d \\00003c \\00002f style\\00003e \\00005c "');
    expect(cssString(`x${RLO}y`)).toBe('"xy"');
  });
});
