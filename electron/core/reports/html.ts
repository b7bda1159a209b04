import { OUTCOME_STATUSES } from '../../../shared/session/schema.ts';
import { reportTranslator } from './reportTranslator.ts';
import { alone, cssString, html, SafeHtml } from './escape.ts';
import { embeddedFontCss } from './fonts.ts';
import { reportFormats } from './format.ts';
import { itemPages } from './htmlItems.ts';
import { hyphenate } from '../../../shared/typography/hyphenate.ts';
import { bandTitle, status, table, text, type HtmlContext } from './htmlParts.ts';
import type { ReportModel } from './model.ts';
import { REPORT_CSS } from './styles.ts';

/** The longest session or board title the running header shows before it shortens it. */
const HEADER_TITLE_MAX = 48;

function shortened(title: string, max = HEADER_TITLE_MAX): string {
  const chars = [...title];
  return chars.length <= max
    ? title
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * Running header and page numbers, drawn by Chromium in the page margins. The board and session
 * names are CSS-escaped, so neither can break out of the style sheet or reorder the line; a long
 * one is shortened so the header stays on its one line.
 */
function pageMarginCss({ model, t, f }: HtmlContext): SafeHtml {
  const header = [
    shortened(model.cover.board.title, 36),
    shortened(model.cover.session.title),
    f.date(model.cover.session.date),
  ].join(' · ');
  return new SafeHtml(`@page {
  @top-center { content: ${cssString(header)}; font-family: inherit; font-size: 8pt; color: #444; white-space: nowrap; }
  @bottom-right { content: ${cssString(`${t('report.page')} `)} counter(page) ${cssString(` ${t('report.of')} `)} counter(pages); font-size: 8pt; color: #444; }
}
@page :first { @top-center { content: none; } }`);
}

function cover({ model, t, f }: HtmlContext): SafeHtml {
  const { board, session } = model.cover;
  const previous = model.cover.previousSession;
  return html`<header class="cover">
    <p class="kicker">${t('report.title')}</p>
    <h1>${alone(text(session.title))}</h1>
    <dl class="meta">
      <dt>${t('report.board')}</dt>
      <dd>${text(board.title)} · ${t('report.version')} ${text(board.version)}</dd>
      <dt>${t('report.date')}</dt>
      <dd>${f.date(session.date)}</dd>
      <dt>${t('report.facilitator')}</dt>
      <dd>${session.facilitator ? text(session.facilitator) : '—'}</dd>
      <dt>${t('report.participants')}</dt>
      <dd>
        ${session.participants.length > 0 ? session.participants.map((name, index) => html`${index > 0 ? ', ' : ''}${text(name)}`) : '—'}
      </dd>
      ${
        previous
          ? html`<dt>${t('report.previousSession')}</dt>
              <dd>${text(previous.title)} (${f.date(previous.date)})</dd>`
          : ''
      }
    </dl>
  </header>`;
}

/** The facilitator's own words, paragraph by paragraph. */
function writtenSummary({ model, t }: HtmlContext): SafeHtml {
  const paragraphs = model.cover.session.summary
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return html``;
  return html`<section class="written" id="summary-text">
    <h2>${t('reportSummary.written')}</h2>
    ${paragraphs.map((paragraph) => html`<p class="rationale">${alone(text(paragraph))}</p>`)}
  </section>`;
}

/** Escalations with their deadlines, overdue actions and blocking questions still open: what a manager acts on. */
function attention({ model, t, f }: HtmlContext): SafeHtml {
  const { escalations, overdue, blockingOpen } = model.summary.attention;
  const owner = (name: string) => (name ? html` · ${t('report.owner')}: ${text(name)}` : '');
  const lines = [
    ...escalations.map(
      (row) =>
        html`<li class="escalation">
          ${status(t, 'escalated')} <a href="#item-${row.id}">${alone(text(row.title))}</a>:
          <b
            >${row.dueDate ? t('reportSummary.escalatedBy', { date: f.date(row.dueDate) }) : t('reportSummary.escalatedNoDate')}</b
          >${owner(row.owner)}
        </li>`,
    ),
    ...overdue.map(
      (row) =>
        html`<li>
          <span class="overdue">${t('reportSummary.overdue')}</span> ${text(row.title)}:
          ${t('reportSummary.overdueSince', { date: f.date(row.dueDate) })}${owner(row.owner)}
        </li>`,
    ),
    ...(blockingOpen.length > 0
      ? [
          html`<li>
            <b>${t('reportSummary.blockingList', { count: blockingOpen.length })}</b>
            ${blockingOpen.map(
              (row, index) =>
                html`${index > 0 ? '; ' : ''}<span class="nowrap">${t('item.number', { number: row.number })}</span>
                  ${text(row.title)}`,
            )}
          </li>`,
        ]
      : []),
  ];
  return html`<section class="attention" id="attention">
    <h2>${t('reportSummary.attention')}</h2>
    ${
      lines.length === 0
        ? html`<p>${t('reportSummary.nothingPressing')}</p>`
        : html`<ul class="attention-list">
            ${lines}
          </ul>`
    }
  </section>`;
}

function summary(context: HtmlContext): SafeHtml {
  const { model, t, f } = context;
  const { summary: s } = model;
  const counts = table(
    'counts',
    [...OUTCOME_STATUSES.map((code) => t(`statuses.${code}`)), t('report.total')],
    [[...OUTCOME_STATUSES.map((code) => html`${f.number(s.counts[code])}`), html`${f.number(s.total)}`]],
  );
  const critical =
    s.critical.length === 0
      ? html``
      : html`<h3>${t('report.critical')}</h3>
          ${table(
            'critical',
            [t('report.item'), t('report.why'), t('report.status'), t('report.chosenOption')],
            s.critical.map((row) => [
              text(row.title),
              html`${row.reason === 'critical-risk' ? t('report.criticalRisk') : t(`conflictGroups.${row.reason}`)}`,
              status(t, row.status),
              text(row.chosenOption),
            ]),
          )}`;
  return html`<section class="summary" id="summary">
    <h2>${t('report.summary')}</h2>
    ${writtenSummary(context)} ${attention(context)}
    <h3>${t('reportSummary.inNumbers')}</h3>
    ${counts}
    <p class="note">
      ${
        model.options.includeUndecided
          ? t('report.allShown', { total: f.number(s.total) })
          : t('report.shownNote', { shown: f.number(s.shown), total: f.number(s.total), leftOut: f.number(s.leftOut) })
      }
      ${t('report.blockingOpen', { count: s.blockingOpen, number: f.number(s.blockingOpen) })}
      ${s.timeSpentSeconds > 0 ? t('report.timeSpentTotal', { duration: f.duration(s.timeSpentSeconds) }) : ''}
    </p>
    ${critical}
  </section>`;
}

/** The sections this report has, in order, with the anchors the contents page links to. */
function sectionsOf({
  model,
  t,
}: HtmlContext): { id: string; title: string; items?: { id: string; title: string }[] }[] {
  const omitted = new Set(model.options.omitSections);
  return [
    { id: 'decisions', title: t('report.decisions'), show: true },
    { id: 'context', title: t('report.context'), show: model.context !== null },
    { id: 'changes', title: t('report.changes'), show: model.changes !== null },
    {
      id: 'items',
      title: t('report.items'),
      show: model.items.length > 0,
      items: model.items.map((page) => ({ id: `item-${page.id}`, title: page.title })),
    },
    { id: 'blocking', title: t('report.blocking'), show: !omitted.has('blocking') },
    { id: 'risks', title: t('report.risks'), show: !omitted.has('risks') },
    { id: 'actions', title: t('reportSummary.actions'), show: !omitted.has('actions') },
    { id: 'audit', title: t('reportSummary.appendix'), show: !omitted.has('audit') },
  ].flatMap(({ show, ...section }) => (show ? [section] : []));
}

/** A contents page whose entries are links to the sections and items (PDF link annotations). */
function contents(context: HtmlContext): SafeHtml {
  const { t } = context;
  return html`<nav class="contents" aria-labelledby="contents-heading">
    <h2 id="contents-heading">${t('reportSummary.contents')}</h2>
    <ol>
      ${sectionsOf(context).map(
        (section) =>
          html`<li>
            <a href="#${section.id}">${section.title}</a>
            ${
              section.items && section.items.length > 0
                ? html`<ol class="contents-items">
                    ${section.items.map((item) => html`<li><a href="#${item.id}">${alone(text(item.title))}</a></li>`)}
                  </ol>`
                : ''
            }
          </li>`,
      )}
    </ol>
  </nav>`;
}

function contextSection({ model, t }: HtmlContext): SafeHtml {
  const section = model.context;
  if (!section) return html``;
  return html`<section class="context" id="context">
    <h2>${t('report.context')}</h2>
    <ul class="choices">
      ${section.choices.map((choice) => html`<li><b>${text(choice.variable.label)}</b>: ${text(choice.value.label)}</li>`)}
    </ul>
    ${
      section.recommendations.length === 0
        ? html`<p>${t('report.noRecommendations')}</p>`
        : html`<ul class="recommendations">
            ${section.recommendations.map(
              (rule) =>
                html`<li>
                  <b>${text(rule.recommend)}</b> — ${text(rule.rationale)}
                  ${
                    rule.alternatives.length > 0
                      ? html`<br /><i>${t('item.alternatives')}:</i>
                          ${rule.alternatives.map((alternative, index) => html`${index > 0 ? '; ' : ''}${text(alternative)}`)}`
                      : ''
                  }
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}

function decisions({ model, t, f }: HtmlContext): SafeHtml {
  const rows = model.decisions.map((row) => [
    text(row.title),
    html`${t(`kinds.${row.kind}`)}`,
    status(t, row.status),
    text(row.chosenOption),
    text(row.owner),
    html`${f.date(row.dueDate)}`,
  ]);
  return html`<section class="decisions" id="decisions">
    <h2>${t('report.decisions')}</h2>
    ${
      rows.length === 0
        ? html`<p>${t('report.noneRecorded')}</p>`
        : table(
            'decisions',
            [
              t('report.item'),
              t('report.kind'),
              t('report.status'),
              t('report.chosenOption'),
              t('report.owner'),
              t('report.dueDate'),
            ],
            rows,
            ['', 'fit', 'fit', 'wide-enough', '', 'fit'],
          )
    }
  </section>`;
}

/** An outcome in a few words: its status and, when decided, the option chosen. */
function stateOf({ t }: HtmlContext, statusCode: string | null, option: string | null): SafeHtml {
  if (statusCode === null && option === null) return html`—`;
  return html`${statusCode ? status(t, statusCode) : ''}${option ? html` ${text(option)}` : ''}`;
}

/** One line per decision that changed: what happened, from what to what (status and option); other fields named. */
function changes(context: HtmlContext): SafeHtml {
  const { model, t, f } = context;
  const section = model.changes;
  if (!section) return html``;
  const rows = section.items.map((item) => {
    const field = (name: string) => item.changes.find((change) => change.field === name);
    const statusChange = field('status');
    const optionChange = field('chosenOption');
    const others = item.changes.filter((change) => change.field !== 'status' && change.field !== 'chosenOption');
    const outcome = model.decisions.find((row) => row.id === item.id);
    const before = stateOf(
      context,
      statusChange ? statusChange.before : null,
      optionChange ? optionChange.before : null,
    );
    const after = stateOf(
      context,
      statusChange ? statusChange.after : (outcome?.status ?? null),
      optionChange ? optionChange.after : (outcome?.chosenOption ?? null),
    );
    return [
      html`<a href="#item-${item.id}">${alone(text(item.title))}</a>`,
      html`${t(`compare.kinds.${item.change}`)}`,
      html`${statusChange || optionChange ? html`${before} → ${after}` : after}${
        others.length > 0
          ? html`<br /><span class="note"
                >${t('reportSummary.fieldsChanged', {
                  fields: others.map((change) => t(`compare.fields.${change.field}`)).join(', '),
                })}</span
              >`
          : ''
      }`,
    ];
  });
  return html`<section class="changes" id="changes">
    <h2>${t('report.changes')}</h2>
    <p class="note">${t('report.changesSince')} ${text(section.previous.title)} (${f.date(section.previous.date)})</p>
    ${
      rows.length === 0
        ? html`<p>${t('reportSummary.noChanges')}</p>`
        : table('changes', [t('report.item'), t('report.what'), t('report.status')], rows)
    }
  </section>`;
}

function blocking({ model, t }: HtmlContext): SafeHtml {
  if (model.options.omitSections.includes('blocking')) return html``;
  return html`<section class="blocking" id="blocking">
    <h2>${t('report.blocking')}</h2>
    ${
      model.blocking.length === 0
        ? html`<p>${t('report.noBlocking')}</p>`
        : table(
            'blocking',
            [t('report.question'), t('report.status'), t('report.holdsUp')],
            model.blocking.map((row) => [
              html`<b>${t('item.number', { number: row.number })}</b> ${text(row.question)}`,
              status(t, row.status),
              html`${row.holdsUp.map((item, index) => html`${index > 0 ? '; ' : ''}${text(item.title)}`)}`,
            ]),
          )
    }
  </section>`;
}

/** Every risk of the board, with its state in this session: "not discussed" where no outcome was recorded. */
function risks(context: HtmlContext): SafeHtml {
  const { model, t, f } = context;
  if (model.options.omitSections.includes('risks')) return html``;
  return html`<section class="risks" id="risks">
    <h2>${t('report.risks')}</h2>
    ${
      model.risks.length === 0
        ? html`<p>${t('report.noRisks')}</p>`
        : html`<p class="note">${t('reportSummary.risksNote')}</p>
            ${table(
              'risks',
              [
                t('item.severity'),
                t('report.item'),
                t('report.status'),
                t('reportSummary.measure'),
                t('report.owner'),
                t('report.dueDate'),
              ],
              model.risks.map((row) => [
                html`<span class="severity severity-${row.severity}">${t(`severities.${row.severity}`)}</span>`,
                text(row.title),
                row.recorded
                  ? status(t, row.status)
                  : html`${status(t, row.status)} <i>${t('reportSummary.notRecorded')}</i>`,
                text(row.chosenOption),
                text(row.owner),
                f.date(row.dueDate),
              ]),
              ['fit', '', 'fit', 'wide-enough', '', 'fit'],
            )}`
    }
  </section>`;
}

/** A due date, with the overdue mark where it has passed; for a `fit` column, which keeps it on one line. */
export function dueCell({ t, f }: HtmlContext, dueDate: string | null, overdue: boolean): SafeHtml {
  return html`${f.date(dueDate)}${overdue ? html` <span class="overdue">${t('reportSummary.overdue')}</span>` : ''}`;
}

function actions(context: HtmlContext): SafeHtml {
  const { model, t, f } = context;
  if (model.options.omitSections.includes('actions')) return html``;
  const rows = model.actions;
  return html`<section class="actions" id="actions">
    <h2>${t('reportSummary.actions')}</h2>
    ${
      rows.length === 0
        ? html`<p class="note">${t('reportSummary.noActions')}</p>`
        : html`<p class="note">${t('reportSummary.asOf', { date: f.date(model.asOf) })}</p>
            ${table(
              'actions',
              [t('reportSummary.what'), t('reportSummary.who'), t('reportSummary.byWhen'), t('report.status')],
              rows.map((row) => [
                html`${text(row.what)}${row.what !== row.title ? html`<br /><span class="note">${alone(text(row.title))}</span>` : ''}${
                  row.band ? html`<br /><span class="note">${bandTitle(t, row.band)}</span>` : ''
                }`,
                row.owner ? text(row.owner) : row.ownerRole ? html`<i>${alone(text(row.ownerRole))}</i>` : html`—`,
                dueCell(context, row.dueDate, row.overdue),
                status(t, row.status),
              ]),
              ['', '', 'fit', 'fit'],
            )}`
    }
  </section>`;
}

const FIELD_LABELS: Record<string, string> = {
  status: 'outcome.status',
  chosenOption: 'outcome.chosenOption',
  rationale: 'outcome.rationale',
  owner: 'outcome.owner',
  dueDate: 'outcome.dueDate',
  reviewDate: 'outcome.reviewDate',
  checklist: 'item.checklist',
  votes: 'outcome.votes',
  notes: 'outcome.notes',
};

/** The appendix: who changed what, for the session and the items this report shows. */
function audit({ model, t, f }: HtmlContext): SafeHtml {
  if (model.options.omitSections.includes('audit')) return html``;
  return html`<section class="audit appendix" id="audit">
    <h2>${t('reportSummary.appendix')}</h2>
    ${table(
      'audit',
      [t('report.when'), t('report.who'), t('report.what'), t('report.item')],
      model.audit.map((row) => [
        html`${f.dateTime(row.at)}`,
        row.actor ? text(row.actor) : html`—`,
        html`${t(`events.${row.type.replaceAll('.', '_')}`)}${row.fields.length > 0 ? `: ${row.fields.map((field) => t(FIELD_LABELS[field] ?? field)).join(', ')}` : ''}${row.undone ? ` (${t('report.undone')})` : ''}`,
        text(row.item?.title),
      ]),
    )}
  </section>`;
}

/**
 * Outside tables a line is at least a field's value or half the page wide, so only a word this long
 * may need to break there. Every soft hyphen costs Chromium time (each prints as a marked glyph), so
 * shorter words there carry none: without them a short word moves to the next line whole.
 */
const SHORTEST_HYPHENATED_IN_WIDE_TEXT = 14;

function hyphenatedText(part: string, language: ReportModel['language'], shortest?: number): string {
  return part.replace(/>([^<]+)</g, (_, content: string) => `>${hyphenate(content, language, shortest)}<`);
}

/**
 * Soft hyphens in the text between tags of the body: every word in tables (their columns are
 * narrow), long words elsewhere; none in the diagrams (their lines are laid out already), nor in
 * headings (they become the PDF's outline, and a heading reads best whole).
 */
function hyphenatedBody(body: string, language: ReportModel['language']): string {
  return body
    .split(/(<svg[^]*?<\/svg>|<h[1-3][^>]*>[^]*?<\/h[1-3]>|<p class="kicker">[^]*?<\/p>|<table[^]*?<\/table>)/)
    .map((part, index) => {
      if (index % 2 === 0) return hyphenatedText(part, language, SHORTEST_HYPHENATED_IN_WIDE_TEXT);
      return part.startsWith('<table') ? hyphenatedText(part, language) : part;
    })
    .join('');
}

/**
 * What the report is for: a file to open in a browser, or a page Chromium prints and nobody sees.
 * The printed one is not laid out for the screen: Chromium would lay the whole report out at the
 * window's width and paint it before laying it out again for paper (about a tenth of a print).
 */
export type ReportMedium = 'screen' | 'print';

const NOT_ON_SCREEN_CSS = '@media screen { body { display: none; } }';

/** The decision report as one self-contained, escaped HTML document, ready for Chromium to print. */
export function renderReportHtml(model: ReportModel, timeZone = 'UTC', medium: ReportMedium = 'screen'): string {
  const t = reportTranslator(model.language);
  const context: HtmlContext = { model, t, f: reportFormats(model.language, timeZone) };
  const { board } = model.cover;
  const generated = t('report.generated', { date: context.f.dateTime(model.generatedAt) });
  const body = html`${cover(context)} ${summary(context)} ${contents(context)} ${decisions(context)}
    ${contextSection(context)} ${changes(context)} ${itemPages(context)} ${blocking(context)} ${risks(context)}
    ${actions(context)}
    <p class="footer">${generated} · ${t('report.credit', { credit: board.credit, licence: board.licence })}</p>
    ${audit(context)}`.value;
  const hyphenated = hyphenatedBody(`<body>${body}</body>`, model.language);
  return html`<!doctype html>
    <html lang="${model.language}">
      <head>
        <meta charset="utf-8" />
        <title>${t('report.title')}: ${model.cover.session.title}</title>
        <meta name="generator" content="Boardwalk" />
        <meta name="author" content="${model.cover.session.facilitator}" />
        <meta name="date" content="${model.cover.session.date}" />
        <style>
          ${new SafeHtml(embeddedFontCss(hyphenated))}
          ${new SafeHtml(REPORT_CSS)}
          ${pageMarginCss(context)}${medium === 'print' ? new SafeHtml(`\n${NOT_ON_SCREEN_CSS}`) : ''}
        </style>
      </head>
      ${new SafeHtml(hyphenated)}
    </html>`.value;
}
