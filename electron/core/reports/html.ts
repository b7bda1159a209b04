import type { TFunction } from 'i18next';
import { agendaOrder, statusCounts } from '../../../shared/agenda.ts';
import type { Board, Item } from '../../../shared/board/schema.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import type { AuditEvent } from '../../../shared/session/events.ts';
import { OUTCOME_STATUSES, type Outcome, type Session } from '../../../shared/session/schema.ts';
import type { Language } from '../../../shared/text.ts';
import { translator } from '../i18n.ts';
import { html, SafeHtml } from './escape.ts';
import { REPORT_CSS } from './styles.ts';

export interface ReportInput {
  board: Board;
  session: Session;
  outcomes: Outcome[];
  events: AuditEvent[];
  language: Language;
  generatedAt: Date;
}

// The style sheet is the app's own constant, never text from a board or a user, so it goes in as is.
const TRUSTED_CSS = new SafeHtml(REPORT_CSS);

function field(label: string, value: string | null | undefined): SafeHtml {
  return value ? html`<div class="field"><b>${label}</b> ${value}</div>` : html``;
}

/** A table of text cells; every cell is escaped like any other value. */
function table(className: string, headers: string[], rows: string[][]): SafeHtml {
  return html`<table class="${className}">
    <thead>
      <tr>
        ${headers.map((header) => html`<th>${header}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function votesText(item: Item, outcome: Outcome | undefined, language: Language): string {
  return Object.entries(outcome?.votes ?? {})
    .map(
      ([who, optionId]) =>
        `${who}: ${item.options.find((option) => option.id === optionId)?.label[language] ?? optionId}`,
    )
    .join('; ');
}

/** Items the room actually recorded something for: the hand-out's first page. */
function overviewTable(items: Item[], byItem: Map<string, Outcome>, t: TFunction, language: Language): SafeHtml {
  const recorded = items.filter((item) => {
    const outcome = byItem.get(item.id);
    return outcome && (outcome.status !== 'open' || outcome.chosenOption || outcome.owner || outcome.dueDate);
  });
  if (recorded.length === 0) return html`<p>${t('report.noneRecorded')}</p>`;
  const rows = recorded.map((item) => {
    const outcome = byItem.get(item.id)!;
    const option = item.options.find((candidate) => candidate.id === outcome.chosenOption);
    return [
      item.title[language],
      t(`statuses.${outcome.status}`),
      option?.label[language] ?? '',
      outcome.owner,
      outcome.dueDate ?? '',
    ];
  });
  const headers = ['report.item', 'report.status', 'report.chosenOption', 'report.owner', 'report.dueDate'] as const;
  return table(
    'overview',
    headers.map((key) => t(key)),
    rows,
  );
}

function itemSection(item: Item, outcome: Outcome | undefined, t: TFunction, language: Language): SafeHtml {
  const status = outcome?.status ?? 'open';
  const option = item.options.find((candidate) => candidate.id === outcome?.chosenOption);
  const checklist = item.checklist.map(
    (line, index) => html`<li class="${outcome?.checklist[String(index)] ? 'ticked' : ''}">${line[language]}</li>`,
  );
  return html`<section class="item" data-item="${item.id}">
    <h3>${item.title[language]}</h3>
    <div class="field">
      <b>${t('report.kind')}</b> ${t(`kinds.${item.kind}`)} ·
      <span class="status status-${status}">${t(`statuses.${status}`)}</span>
    </div>
    ${field(t('report.chosenOption'), option?.label[language])}
    ${outcome?.rationale ? html`<div class="field"><b>${t('report.rationale')}</b> <span class="rationale">${outcome.rationale}</span></div>` : html``}
    ${field(t('report.owner'), outcome?.owner)} ${field(t('report.dueDate'), outcome?.dueDate)}
    ${field(t('report.reviewDate'), outcome?.reviewDate)}
    ${field(t('report.votes'), votesText(item, outcome, language))} ${field(t('report.notes'), outcome?.notes)}
    ${
      checklist.length > 0
        ? html`<div class="field">
            <b>${t('report.checklist')}</b>
            <ul class="checklist">
              ${checklist}
            </ul>
          </div>`
        : html``
    }
  </section>`;
}

function auditTable(events: AuditEvent[], titleOf: (itemId: string) => string, t: TFunction): SafeHtml {
  const rows = events.map((event) => [
    event.at.replace('T', ' ').slice(0, 19),
    event.actor || '—',
    t(`events.${event.type.replaceAll('.', '_')}`, { defaultValue: event.type }),
    event.itemId ? titleOf(event.itemId) : '',
  ]);
  const headers = ['report.when', 'report.who', 'report.what', 'report.item'] as const;
  return table(
    'audit',
    headers.map((key) => t(key)),
    rows,
  );
}

/** The decision report: one self-contained HTML document in which every board and user text is escaped. */
export function renderReportHtml(input: ReportInput): string {
  const { board, session, outcomes, events, language } = input;
  const t = translator(language);
  const byItem = new Map(outcomes.map((outcome) => [outcome.itemId, outcome]));
  const counts = statusCounts(board.items, outcomes);
  const summary = table(
    'summary',
    [t('report.status'), t('report.count')],
    OUTCOME_STATUSES.map((status) => [t(`statuses.${status}`), String(counts[status])]),
  );
  const ordered = agendaOrder(board.items);
  const byKind = ordered.reduce<Map<string, Item[]>>(
    (groups, item) => groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]),
    new Map(),
  );
  const items = [...byKind.entries()].map(
    ([kind, group]) =>
      html`<h3 class="kind-heading">${t(`kinds.${kind}`)} (${group.length})</h3>
        ${group.map((item) => itemSection(item, byItem.get(item.id), t, language))}`,
  );
  const titleOf = (itemId: string) => indexBoard(board).itemById.get(itemId)?.title[language] ?? itemId;
  const document = html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <title>${t('report.title')}: ${session.title}</title>
        <style>
          ${TRUSTED_CSS}
        </style>
      </head>
      <body>
        <h1>${t('report.title')}: ${session.title}</h1>
        <dl class="meta">
          <dt>${t('report.board')}</dt>
          <dd>${board.meta.title[language]} (${board.meta.version})</dd>
          <dt>${t('report.date')}</dt>
          <dd>${session.date}</dd>
          <dt>${t('report.facilitator')}</dt>
          <dd>${session.facilitator || '—'}</dd>
          <dt>${t('report.participants')}</dt>
          <dd>${session.participants.join(', ') || '—'}</dd>
        </dl>
        <h2>${t('report.summary')}</h2>
        ${summary}
        <h2>${t('report.overview')}</h2>
        ${overviewTable(ordered, byItem, t, language)}
        <h2>${t('report.decisions')}</h2>
        ${items}
        <h2>${t('report.auditTrail')}</h2>
        ${auditTable(events, titleOf, t)}
        <p class="footer">
          ${t('report.generated', { date: input.generatedAt.toISOString().slice(0, 10) })} ·
          ${t('report.credit', { credit: board.meta.credit, licence: board.meta.licence })}
        </p>
      </body>
    </html>`;
  return document.value;
}
