import { OUTCOME_STATUSES } from '../../../shared/session/schema.ts';
import { translator } from '../translator.ts';
import { cssString, html, SafeHtml } from './escape.ts';
import { embeddedFontCss } from './fonts.ts';
import { reportFormats } from './format.ts';
import { itemPages } from './htmlItems.ts';
import { bandTitle, status, table, text, type HtmlContext } from './htmlParts.ts';
import { ACTION_COLUMNS, type ReportModel } from './model.ts';
import { REPORT_CSS } from './styles.ts';

/**
 * Running header and page numbers, drawn by Chromium in the page margins. The board and session
 * names are CSS-escaped, so neither can break out of the style sheet or reorder the line.
 */
function pageMarginCss({ model, t, f }: HtmlContext): SafeHtml {
  const header = [model.cover.board.title, model.cover.session.title, f.date(model.cover.session.date)].join(' · ');
  return new SafeHtml(`@page {
  @top-center { content: ${cssString(header)}; font-family: inherit; font-size: 8pt; color: #444; }
  @bottom-right { content: ${cssString(`${t('report.page')} `)} counter(page) ${cssString(` ${t('report.of')} `)} counter(pages); font-size: 8pt; color: #444; }
}
@page :first { @top-center { content: none; } }`);
}

function cover({ model, t, f }: HtmlContext): SafeHtml {
  const { board, session } = model.cover;
  const previous = model.cover.previousSession;
  return html`<header class="cover">
    <p class="kicker">${t('report.title')}</p>
    <h1>${text(session.title)}</h1>
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

function summary({ model, t, f }: HtmlContext): SafeHtml {
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
  return html`<section class="summary">
    <h2>${t('report.summary')}</h2>
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

function contextSection({ model, t }: HtmlContext): SafeHtml {
  const section = model.context;
  if (!section) return html``;
  return html`<section class="context">
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
  return html`<section class="decisions">
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
          )
    }
  </section>`;
}

function changeValue({ t, f }: HtmlContext, field: string, value: string | null): SafeHtml {
  if (value === null) return html`—`;
  if (field === 'status') return status(t, value);
  if (field === 'dueDate' || field === 'reviewDate') return html`${f.date(value)}`;
  return text(value);
}

function changes(context: HtmlContext): SafeHtml {
  const { model, t, f } = context;
  const section = model.changes;
  if (!section) return html``;
  const rows = section.items.flatMap((item) =>
    item.changes.map((change, index) => [
      index === 0 ? html`${text(item.title)}<br /><i>${t(`compare.kinds.${item.change}`)}</i>` : html``,
      html`${t(`compare.fields.${change.field}`)}`,
      changeValue(context, change.field, change.before),
      changeValue(context, change.field, change.after),
    ]),
  );
  return html`<section class="changes">
    <h2>${t('report.changes')}</h2>
    <p class="note">${t('report.changesSince')} ${text(section.previous.title)} (${f.date(section.previous.date)})</p>
    ${
      rows.length === 0
        ? html`<p>${t('compare.noChanges')}</p>`
        : table('changes', [t('report.item'), t('compare.field'), t('compare.before'), t('compare.after')], rows)
    }
  </section>`;
}

function blocking({ model, t }: HtmlContext): SafeHtml {
  if (model.options.omitSections.includes('blocking')) return html``;
  return html`<section class="blocking">
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

/** What there is none of, and how many were left out as undecided, in one line. */
function noneNote({ t, f }: HtmlContext, noneKey: string, leftOut: number): SafeHtml {
  return html`<p class="note">
    ${t(noneKey)} ${leftOut > 0 ? t('report.leftOut', { count: leftOut, number: f.number(leftOut) }) : ''}
  </p>`;
}

function leftOutNote({ t, f }: HtmlContext, count: number): SafeHtml {
  return count > 0 ? html`<p class="note">${t('report.leftOut', { count, number: f.number(count) })}</p>` : html``;
}

function risks(context: HtmlContext): SafeHtml {
  const { model, t, f } = context;
  if (model.options.omitSections.includes('risks')) return html``;
  const { rows, leftOut } = model.risks;
  return html`<section class="risks">
    <h2>${t('report.risks')}</h2>
    ${
      rows.length === 0
        ? html`<p>${t('report.noRisks')}</p>`
        : table(
            'risks',
            [
              t('item.severity'),
              t('report.item'),
              t('report.status'),
              t('report.chosenOption'),
              t('report.owner'),
              t('report.dueDate'),
            ],
            rows.map((row) => [
              html`${t(`severities.${row.severity}`)}`,
              text(row.title),
              status(t, row.status),
              text(row.chosenOption),
              text(row.owner),
              html`${f.date(row.dueDate)}`,
            ]),
          )
    }
    ${rows.length > 0 ? leftOutNote(context, leftOut) : ''}
  </section>`;
}

function actions(context: HtmlContext): SafeHtml {
  const { model, t, f } = context;
  if (model.options.omitSections.includes('actions')) return html``;
  const { bands, leftOut } = model.actions;
  return html`<section class="actions">
    <h2>${t('report.actions')}</h2>
    ${bands.length === 0 ? noneNote(context, 'report.noActions', leftOut) : ''}
    ${bands.map(
      ({ band, rows }) =>
        html`<h3>${text(bandTitle(t, band))}</h3>
          ${table(
            'actions',
            ACTION_COLUMNS.map((key) => t(key)),
            rows.map((row) => [
              text(row.title),
              text(row.ownerRole),
              text(row.owner),
              status(t, row.status),
              html`${f.date(row.dueDate)}`,
              html`${row.closes.map((item, index) => html`${index > 0 ? '; ' : ''}${text(item.title)}`)}`,
            ]),
          )}`,
    )}
    ${bands.length > 0 ? leftOutNote(context, leftOut) : ''}
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

function audit({ model, t, f }: HtmlContext): SafeHtml {
  if (model.options.omitSections.includes('audit')) return html``;
  return html`<section class="audit">
    <h2>${t('report.auditTrail')}</h2>
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

/** The decision report as one self-contained, escaped HTML document, ready for Chromium to print. */
export function renderReportHtml(model: ReportModel, timeZone = 'UTC'): string {
  const t = translator(model.language);
  const context: HtmlContext = { model, t, f: reportFormats(model.language, timeZone) };
  const { board } = model.cover;
  const generated = t('report.generated', { date: context.f.dateTime(model.generatedAt) });
  return html`<!doctype html>
    <html lang="${model.language}">
      <head>
        <meta charset="utf-8" />
        <title>${t('report.title')}: ${model.cover.session.title}</title>
        <style>
          ${new SafeHtml(embeddedFontCss())}
          ${new SafeHtml(REPORT_CSS)}
          ${pageMarginCss(context)}
        </style>
      </head>
      <body>
        ${cover(context)} ${summary(context)} ${decisions(context)} ${contextSection(context)} ${changes(context)}
        ${itemPages(context)} ${blocking(context)} ${risks(context)} ${actions(context)} ${audit(context)}
        <p class="footer">${generated} · ${t('report.credit', { credit: board.credit, licence: board.licence })}</p>
      </body>
    </html>`.value;
}
