import { alone, html, type SafeHtml } from './escape.ts';
import { field, status, table, text, type HtmlContext } from './htmlParts.ts';
import type { ItemPage, OptionView } from './model.ts';
import { chainSvg } from './svg.ts';

function notes(className: string, heading: string, lines: string[]): SafeHtml {
  if (lines.length === 0) return html``;
  return html`<div class="${className}">
    <b>${heading}</b>
    <ul>
      ${lines.map((line) => html`<li>${alone(text(line))}</li>`)}
    </ul>
  </div>`;
}

function optionDetail(option: OptionView, { t }: HtmlContext): SafeHtml {
  const parts = [
    option.rationale ? html`<div>${t('item.rationale')}: ${text(option.rationale)}</div>` : html``,
    option.risks ? html`<div>${t('item.risks')}: ${text(option.risks)}</div>` : html``,
    option.mitigation ? html`<div>${t('item.mitigation')}: ${text(option.mitigation)}</div>` : html``,
  ];
  return html`${text(option.label)}
    <div class="option-detail">${parts}</div>`;
}

/** Options the source says nothing more about fit on one line; argued ones get a table. */
function options(page: ItemPage, context: HtmlContext): SafeHtml {
  const { t } = context;
  if (page.options.length === 0) return html``;
  if (page.options.every((option) => !option.rationale && !option.risks && !option.mitigation))
    return field(
      t('item.options'),
      html`${page.options.map(
        (option, index) =>
          html`${index > 0 ? ' · ' : ''}${text(option.label)}${option.recommended ? html` (${t('item.recommended')})` : ''}${option.chosen ? html` <b>✓ ${t('report.chosen')}</b>` : ''}`,
      )}`,
    );
  return table(
    'options',
    [t('item.options'), t('report.recommendedBySource'), t('report.chosen')],
    page.options.map((option) => [
      optionDetail(option, context),
      html`${option.recommended ? '✓' : ''}`,
      html`${option.chosen ? '✓' : ''}`,
    ]),
  );
}

/** What the source decided and on what basis; its longer reasoning stays in the MADR and JSON exports. */
function sourceDecision(page: ItemPage, { t }: HtmlContext): SafeHtml {
  const decision = page.sourceDecision;
  if (!decision) return html``;
  return html`${field(t('item.decided'), text(decision.decided))} ${field(t('item.basis'), text(decision.basis))}`;
}

function outcome(page: ItemPage, { t, f }: HtmlContext): SafeHtml {
  const { outcome: o } = page;
  const checklist = o.checklist.map(
    (line) => html`<li class="${line.ticked ? 'ticked' : ''}">${alone(text(line.text))}</li>`,
  );
  return html`<div class="outcome">
    <p class="subheading">${t('outcome.heading')}</p>
    ${field(t('report.chosenOption'), text(o.chosenOption?.label))}
    ${o.rationale ? html`<div class="field"><b>${t('report.rationale')}</b> <span class="rationale">${alone(text(o.rationale))}</span></div>` : ''}
    ${facts([
      [t('report.owner'), text(o.owner)],
      [t('report.dueDate'), f.date(o.dueDate)],
      [t('report.reviewDate'), f.date(o.reviewDate)],
      [t('report.timeSpent'), f.duration(o.timeSpentSeconds)],
    ])}
    ${field(t('report.votes'), o.votes.length > 0 ? voteTally(page, t) : null)}
    ${o.carriedFrom ? field(t('report.carriedFrom'), html`${text(o.carriedFrom.title)} (${f.date(o.carriedFrom.date)})`) : ''}
    ${
      checklist.length > 0
        ? html`<div class="field">
            <b>${t('report.checklist')}</b>
            <ul class="checklist${checklist.length > 2 ? ' two-columns' : ''}">
              ${checklist}
            </ul>
          </div>`
        : ''
    }
    ${o.notes ? html`<div class="field"><b>${t('report.notes')}</b> <span class="rationale">${alone(text(o.notes))}</span></div>` : ''}
  </div>`;
}

/** Short facts side by side on one line (owner, dates, time), the empty ones left out. */
function facts(pairs: [string, SafeHtml | string][]): SafeHtml {
  const shown = pairs.filter(([, value]) => (typeof value === 'string' ? value !== '' : value.value !== ''));
  if (shown.length === 0) return html``;
  return html`<div class="facts">
    ${shown.map(([label, value]) => html`<span class="fact"><b>${label}</b> ${value}</span>`)}
  </div>`;
}

/** "Confirm: 2 votes · Revisit: 1 vote", with the voters' names only where the export asked for them. */
function voteTally(page: ItemPage, t: HtmlContext['t']): SafeHtml {
  return html`${page.outcome.votes.map(
    (vote, index) =>
      html`${index > 0 ? ' · ' : ''}${text(vote.option)}:
      ${t('reportSummary.tally', { count: vote.count })}${
        vote.voters.length > 0
          ? html` (${vote.voters.map((name, position) => html`${position > 0 ? ', ' : ''}${text(name)}`)})`
          : ''
      }`,
  )}`;
}

function chain(page: ItemPage, { t }: HtmlContext): SafeHtml {
  if (page.chain.nodes.length < 2) return html``;
  return html`<div class="chain-block">
    <p class="subheading">${t('report.chain')}</p>
    ${chainSvg(page.chain, t, t('report.chainOf', { title: page.title }))}
  </div>`;
}

function itemPage(page: ItemPage, context: HtmlContext): SafeHtml {
  const { t } = context;
  // The item's core (what it is, the options, the room's outcome) is kept whole on a page where it
  // fits; the source's background after it (its recommendation, notes, the diagram) follows on where there is room.
  return html`<article class="item-page" id="item-${page.id}" data-item="${page.id}">
    <div class="item-core">
      <h3>${alone(text(page.title))}</h3>
      <p class="item-line">
        ${t(`kinds.${page.kind}`)} · ${status(t, page.outcome.status)} · ${t('report.sourceRef')}
        ${text(page.source.document)} § ${text(page.source.section)}
      </p>
      ${page.question ? html`<p class="question">${alone(text(page.question))}</p>` : ''}
      ${page.summary ? html`<p>${alone(text(page.summary))}</p>` : ''} ${sourceDecision(page, context)}
      ${options(page, context)} ${outcome(page, context)}
    </div>
    ${field(t('report.sourceRecommendation'), text(page.sourceRecommendation))}
    ${notes('author-notes', t('item.authorNotes'), page.authorNotes)}
    ${notes('source-notes', t('item.sourceNotes'), page.sourceNotes)} ${chain(page, context)}
  </article>`;
}

/** Decided, deferred and escalated items in full, one after the other. */
export function itemPages(context: HtmlContext): SafeHtml {
  const { model, t } = context;
  if (model.items.length === 0) return html``;
  return html`<section class="items" id="items">
    <h2>${t('report.items')}</h2>
    ${model.items.map((page) => itemPage(page, context))}
  </section>`;
}
