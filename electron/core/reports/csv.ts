import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/text.ts';
import { translator } from '../translator.ts';
import { bandTitle } from './htmlParts.ts';
import type { TextFile } from './madr.ts';
import type { ReportModel } from './model.ts';

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

const yesNo = (t: TFunction, value: boolean) => (value ? t('reportSummary.overdue') : '');

/**
 * The outcomes (one row per item the report shows) and the actions (one row per action: who does
 * what by when), each row with its session and date so files of several reviews can be put together;
 * and the facilitator's summary, where written. Notes only when the export asked for them.
 */
export function renderCsv(model: ReportModel): TextFile[] {
  const t = translator(model.language);
  const { session } = model.cover;
  const withNotes = model.options.includeNotes;
  const notesOf = new Map(model.items.map((page) => [page.id, page.outcome.notes]));
  const outcomes = [
    [
      t('reportSummary.sessionColumn'),
      t('reportSummary.sessionDate'),
      'id',
      t('report.kind'),
      t('report.item'),
      t('report.status'),
      t('report.chosenOption'),
      t('report.rationale'),
      t('report.owner'),
      t('report.dueDate'),
      t('reportSummary.overdue'),
      t('report.reviewDate'),
      t('item.severity'),
      t('reportSummary.voteTally'),
      t('report.timeSpentMinutes'),
      ...(withNotes ? [t('report.notes')] : []),
    ],
    ...model.decisions.map((row) => [
      session.title,
      session.date,
      row.id,
      t(`kinds.${row.kind}`),
      row.title,
      t(`statuses.${row.status}`),
      row.chosenOption,
      row.rationale,
      row.owner,
      row.dueDate,
      yesNo(t, row.overdue),
      row.reviewDate,
      row.severity ? t(`severities.${row.severity}`) : null,
      row.votes,
      Math.round(row.timeSpentSeconds / 60),
      ...(withNotes ? [notesOf.get(row.id) ?? ''] : []),
    ]),
  ];
  const actions = [
    [
      t('reportSummary.sessionColumn'),
      t('reportSummary.sessionDate'),
      'id',
      t('reportSummary.what'),
      t('report.item'),
      t('reportSummary.who'),
      t('item.ownerRole'),
      t('reportSummary.byWhen'),
      t('reportSummary.overdue'),
      t('report.status'),
      t('report.band'),
      t('item.closes'),
    ],
    ...model.actions.map((row) => [
      session.title,
      session.date,
      row.id,
      row.what,
      row.title,
      row.owner,
      row.ownerRole,
      row.dueDate,
      yesNo(t, row.overdue),
      t(`statuses.${row.status}`),
      row.band ? bandTitle(t, row.band) : null,
      row.closes.map((item) => item.title).join('; '),
    ]),
  ];
  return [
    { path: `${t('report.csv.outcomesFile')}.csv`, content: csv(outcomes, model.language) },
    { path: `${t('report.csv.actionsFile')}.csv`, content: csv(actions, model.language) },
    ...(session.summary.trim()
      ? [{ path: `${t('reportSummary.summaryFile')}.txt`, content: `${BOM}${session.summary.trim()}\r\n` }]
      : []),
  ];
}
