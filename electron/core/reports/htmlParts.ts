import type { TFunction } from 'i18next';
import { alone, html, isolated, SafeHtml } from './escape.ts';
import type { ReportFormats } from './format.ts';
import type { ActionBand, ReportModel } from './model.ts';

export interface HtmlContext {
  model: ReportModel;
  t: TFunction;
  f: ReportFormats;
}

/** A cell or field of board or user text; empty text stays empty. */
export const text = isolated;

/**
 * A table whose cells are already-built fragments (text cells go through `text`). Columns size to
 * their content; `columns` names a column's class: `fit` (as narrow as its content, one line: dates,
 * statuses) or `wide-enough` (an option's name, never squeezed to a word a line).
 */
export function table(
  className: string,
  headers: string[],
  rows: (SafeHtml | string)[][],
  columns: string[] = [],
): SafeHtml {
  const classOf = (index: number) => (columns[index] ? html` class="${columns[index]}"` : '');
  return html`<table class="${className}">
    <thead>
      <tr>
        ${headers.map((header, index) => html`<th scope="col" ${classOf(index)}>${header}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (cells) =>
          html`<tr>
            ${cells.map((cell, index) => html`<td${classOf(index)}>${alone(cell)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function status(t: TFunction, code: string): SafeHtml {
  return html`<span class="status status-${code}">${t(`statuses.${code}`)}</span>`;
}

/** A labelled line; left out when there is nothing to show. */
export function field(label: string, value: SafeHtml | string | null): SafeHtml {
  const empty = value instanceof SafeHtml ? value.value === '' : !value;
  return empty ? html`` : html`<div class="field"><b>${label}</b> <span>${alone(value ?? '')}</span></div>`;
}

/** An action band's name: the source's urgency, the roadmap phase or a stage of a layer. */
export function bandTitle(t: TFunction, band: ActionBand): string {
  if (band.type === 'priority') return t(`priorities.${band.priority}`);
  if (band.type === 'phase') return t('item.phase', { number: band.number, title: band.title, weeks: band.weeks });
  if (band.type === 'stage') return t('item.stage', { title: band.title, layer: band.layer });
  return t('report.noBand');
}
