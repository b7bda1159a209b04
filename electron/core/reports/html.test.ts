import { describe, expect, it } from 'vitest';
import { loadPack } from '../packs/load.ts';
import { MINI_PACK } from '../../testing/fixtures.ts';
import { escapeHtml, html } from './escape.ts';
import { renderReportHtml } from './html.ts';

const pack = loadPack(MINI_PACK);
if (!pack.ok) throw new Error('mini pack must load');
const board = pack.board;
const session = {
  id: '00000000-0000-4000-8000-000000000000',
  boardId: board.meta.id,
  boardHash: pack.hash,
  title: 'Review <script>alert(1)</script>',
  date: '2026-11-23',
  facilitator: 'Anouk & "Bram"',
  participants: ['Chris', 'Dana'],
  language: 'nl' as const,
  createdAt: '2026-11-23T10:00:00.000Z',
  closedAt: null,
  deletedAt: null,
  previousSessionId: null,
  lastItemId: null,
};
const outcome = {
  sessionId: session.id,
  itemId: 'deploy_tool_choice',
  status: 'decided' as const,
  chosenOption: 'argo_cd',
  rationale: 'Team knows it </section><h1>owned</h1>',
  owner: 'Ops',
  dueDate: '2026-12-31',
  reviewDate: null,
  checklist: { '0': true },
  votes: { Chris: 'flux', 'Dana <x>': 'argo_cd' },
  notes: '',
  updatedAt: '2026-11-23T10:05:00.000Z',
  timeSpentSeconds: 0,
  carriedFrom: null,
};

const events = [
  {
    id: 1,
    sessionId: session.id,
    at: '2026-11-23T10:05:00.000Z',
    actor: 'Anouk',
    type: 'outcome.recorded' as const,
    itemId: outcome.itemId,
    before: null,
    after: outcome,
    refEventId: null,
    undone: false,
  },
];

function render(language: 'nl' | 'en') {
  return renderReportHtml({
    board,
    session,
    outcomes: [outcome],
    events,
    language,
    generatedAt: new Date('2026-11-23'),
  });
}

describe('the decision report', () => {
  it('escapes every text from the board and the user', () => {
    const report = render('en');
    expect(report).not.toContain('<script>');
    expect(report).toContain('Review &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(report).toContain('Anouk &amp; &quot;Bram&quot;');
    expect(report).toContain('Team knows it &lt;/section&gt;&lt;h1&gt;owned&lt;/h1&gt;');
    expect(report.match(/<h1>/g)).toHaveLength(1);
  });

  it('is written in the chosen language', () => {
    const dutch = render('nl');
    expect(dutch).toContain('<html lang="nl">');
    expect(dutch).toContain('Besluitenverslag');
    expect(dutch).toContain('Welk deploymentgereedschap?');
    expect(dutch).toContain('Besloten');
    const english = render('en');
    expect(english).toContain('Decision report');
    expect(english).toContain('Which deployment tool?');
    expect(english).not.toContain('Besluitenverslag');
  });

  it('shows the chosen option, owner, due date and ticked checklist lines', () => {
    const report = render('en');
    expect(report).toContain('Argo CD');
    expect(report).toContain('2026-12-31');
    expect(report).toMatch(/<li class="ticked">Trial in a test cluster<\/li>/);
  });

  it('opens with an overview of what was recorded, and shows the votes', () => {
    const report = render('en');
    expect(report).toContain('<h2>Recorded outcomes</h2>');
    expect(report).toMatch(
      /<table class="overview">[\s\S]*Which deployment tool\?[\s\S]*Decided[\s\S]*Argo CD[\s\S]*Ops[\s\S]*2026-12-31/,
    );
    expect(report).toContain('Chris: Flux; Dana &lt;x&gt;: Argo CD');
  });

  it('says so when nothing was recorded yet', () => {
    const empty = renderReportHtml({
      board,
      session,
      outcomes: [],
      events: [],
      language: 'nl',
      generatedAt: new Date(),
    });
    expect(empty).toContain('In deze sessie is nog niets vastgelegd.');
  });

  it('lists the audit trail with translated event names', () => {
    expect(render('en')).toContain('<td>Outcome recorded</td>');
    expect(render('nl')).toContain('<td>Uitkomst vastgelegd</td>');
    expect(render('en')).toMatch(/<td>Outcome recorded<\/td>\s*<td>Which deployment tool\?<\/td>/);
    expect(render('en')).not.toContain('outcome.recorded');
    // Who made the change stands beside it.
    expect(render('en')).toMatch(/<td>Anouk<\/td>\s*<td>Outcome recorded<\/td>/);
  });

  it('keeps its own style sheet intact while escaping everything else', () => {
    const report = render('en');
    expect(report).toContain('font-family: "DejaVu Sans"');
    expect(report).toContain('@page { size: A4;');
  });

  it('loads nothing from outside: no external URLs, scripts or links', () => {
    const report = render('nl');
    expect(report).not.toMatch(/<script|<link|src=|https?:\/\//);
  });
});

describe('html escaping', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
  it('escapes interpolated values but keeps nested safe fragments', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${'&'}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&amp;</p>');
  });
});
