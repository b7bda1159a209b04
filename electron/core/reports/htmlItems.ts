import { html, type SafeHtml } from './escape.ts';
import { field, status, table, text, type HtmlContext } from './htmlParts.ts';
import type { ItemPage, OptionView } from './model.ts';
import { chainSvg } from './svg.ts';

function notes(className: string, heading: string, lines: string[]): SafeHtml {
  if (lines.length === 0) return html``;
  return html`<div class="${className}">
    <b>${heading}</b>
    <ul>
      ${lines.map((line) => html`<li>${text(line)}</li>`)}
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
  const checklist = o.checklist.map((line) => html`<li class="${line.ticked ? 'ticked' : ''}">${text(line.text)}</li>`);
  return html`<div class="outcome">
    <p class="subheading">${t('outcome.heading')}</p>
    ${field(t('report.chosenOption'), text(o.chosenOption?.label))}
    ${o.rationale ? html`<div class="field"><b>${t('report.rationale')}</b> <span class="rationale">${text(o.rationale)}</span></div>` : ''}
    ${field(t('report.owner'), text(o.owner))} ${field(t('report.dueDate'), f.date(o.dueDate))}
    ${field(t('report.reviewDate'), f.date(o.reviewDate))}
    ${field(t('report.timeSpent'), f.duration(o.timeSpentSeconds))}
    ${field(
      t('report.votes'),
      o.votes.length > 0
        ? html`${o.votes.map((vote, index) => html`${index > 0 ? '; ' : ''}${text(vote.participant)}: ${text(vote.option)}`)}`
        : null,
    )}
    ${o.carriedFrom ? field(t('report.carriedFrom'), html`${text(o.carriedFrom.title)} (${f.date(o.carriedFrom.date)})`) : ''}
    ${
      checklist.length > 0
        ? html`<div class="field">
            <b>${t('report.checklist')}</b>
            <ul class="checklist${checklist.length > 4 ? ' two-columns' : ''}">
              ${checklist}
            </ul>
          </div>`
        : ''
    }
    ${o.notes ? html`<div class="field"><b>${t('report.notes')}</b> <span class="rationale">${text(o.notes)}</span></div>` : ''}
  </div>`;
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
  return html`<article class="item-page" data-item="${page.id}">
    <h3>${text(page.title)}</h3>
    <p class="item-line">
      ${t(`kinds.${page.kind}`)} · ${status(t, page.outcome.status)} · ${t('report.sourceRef')}
      ${text(page.source.document)} § ${text(page.source.section)}
    </p>
    ${page.question ? html`<p class="question">${text(page.question)}</p>` : ''}
    ${page.summary ? html`<p>${text(page.summary)}</p>` : ''} ${sourceDecision(page, context)} ${options(page, context)}
    ${field(t('report.sourceRecommendation'), text(page.sourceRecommendation))} ${outcome(page, context)}
    ${notes('author-notes', t('item.authorNotes'), page.authorNotes)}
    ${notes('source-notes', t('item.sourceNotes'), page.sourceNotes)} ${chain(page, context)}
  </article>`;
}

/** A page per decided, deferred or escalated item. */
export function itemPages(context: HtmlContext): SafeHtml {
  const { model, t } = context;
  if (model.items.length === 0) return html``;
  return html`<section class="items">
    <h2>${t('report.items')}</h2>
    ${model.items.map((page) => itemPage(page, context))}
  </section>`;
}
