import type { Language } from '../../../shared/text.ts';
import { translator } from '../translator.ts';
import { bandTitle } from './htmlParts.ts';
import type { TextFile } from './madr.ts';
import { ACTION_COLUMNS, type ReportModel } from './model.ts';

/** Spreadsheet programs read UTF-8 only when the file starts with a byte order mark. */
const BOM = '\uFEFF';
/** The list separator a spreadsheet program expects in that language's locale. */
const SEPARATORS: Record<Language, string> = { nl: ';', en: ',' };

/**
 * One cell: quoted where needed (RFC 4180). A cell a spreadsheet would run as a formula starts
 * with an apostrophe instead, so text from a board or a user is never run.
 */
export function csvCell(value: string | number | null, separator: string): string {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

function csv(rows: (string | number | null)[][], language: Language): string {
  const separator = SEPARATORS[language];
  return BOM + rows.map((row) => row.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** The outcomes (one row per item the report shows) and the action items, as two CSV files. */
export function renderCsv(model: ReportModel): TextFile[] {
  const t = translator(model.language);
  const outcomes = [
    [
      'id',
      t('report.kind'),
      t('report.item'),
      t('report.status'),
      t('report.chosenOption'),
      t('report.rationale'),
      t('report.owner'),
      t('report.dueDate'),
      t('report.reviewDate'),
      t('report.timeSpentMinutes'),
    ],
    ...model.decisions.map((row) => [
      row.id,
      t(`kinds.${row.kind}`),
      row.title,
      t(`statuses.${row.status}`),
      row.chosenOption,
      row.rationale,
      row.owner,
      row.dueDate,
      row.reviewDate,
      Math.round(row.timeSpentSeconds / 60),
    ]),
  ];
  const actions = [
    ['id', t('report.band'), ...ACTION_COLUMNS.map((key) => t(key))],
    ...model.actions.bands.flatMap(({ band, rows }) =>
      rows.map((row) => [
        row.id,
        bandTitle(t, band),
        row.title,
        row.ownerRole,
        row.owner,
        t(`statuses.${row.status}`),
        row.dueDate,
        row.closes.map((item) => item.title).join('; '),
      ]),
    ),
  ];
  return [
    { path: `${t('report.csv.outcomesFile')}.csv`, content: csv(outcomes, model.language) },
    { path: `${t('report.csv.actionsFile')}.csv`, content: csv(actions, model.language) },
  ];
}
