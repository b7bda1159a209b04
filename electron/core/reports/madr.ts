import type { TFunction } from 'i18next';
import { decisionNumber, type RegisterEntry, type RegisterLine } from '../../../shared/session/register.ts';
import { translator } from '../translator.ts';
import type { ItemPage, ReportModel } from './model.ts';
import { slugOf } from './slug.ts';

export interface TextFile {
  path: string;
  content: string;
}

/** One decision of the register with what its record shows: the item as it stood when it was decided. */
export interface MadrRecord {
  entry: RegisterEntry;
  page: ItemPage;
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  /** Option id to label, for the history's "from … to …". */
  optionLabels: Record<string, string>;
}

export interface MadrRegister {
  records: MadrRecord[];
}

/** Characters that must never reach a file: NUL and the other control characters but tab and line feed. */

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;

export function withoutControls(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/**
 * Board and user text inside Markdown: it reads as written and never becomes markup or structure
 * (headings, setext underlines, thematic breaks, front matter, lists, quotes, tables, links, HTML).
 */
export function markdownText(value: string): string {
  return withoutControls(value)
    .replace(/[\\`*_[\]<>|#~&!]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/\b(https?|ftp):\/\//gi, '$1\\://')
    .replace(/\bwww\./gi, 'www\\.');
}

/** One line of text (a list entry, a heading): line breaks become spaces. */
function inline(value: string): string {
  return markdownText(
    withoutControls(value)
      .replace(/\s*\n\s*/g, ' ')
      .trim(),
  );
}

/** A paragraph of user text, its own line breaks kept as Markdown hard breaks; no line starts indented. */
function paragraph(value: string): string {
  return withoutControls(value)
    .trim()
    .split('\n')
    .map((line) => markdownText(line.trim()))
    .join('  \n');
}

function yamlString(value: string): string {
  return JSON.stringify(withoutControls(value));
}

function list(lines: string[]): string[] {
  return lines.map((line) => `* ${line}`);
}

/** The file name: the decision's number and its item's id, the same in every report language and export. */
export function recordFileName(entry: Pick<RegisterEntry, 'number' | 'itemId'>): string {
  return `${decisionNumber(entry.number)}-${slugOf(entry.itemId) || 'decision'}.md`;
}

function link(number: number, records: ReadonlyMap<number, MadrRecord>): string {
  const other = records.get(number);
  const label = `ADR-${decisionNumber(number)}`;
  return other ? `[${label}](${recordFileName(other.entry)})` : label;
}

function statusOf(entry: RegisterEntry): string {
  if (entry.supersededBy !== null) return `superseded by ADR-${decisionNumber(entry.supersededBy)}`;
  return entry.status;
}

function frontMatter(record: MadrRecord): string[] {
  const { entry } = record;
  return [
    '---',
    `status: ${yamlString(statusOf(entry))}`,
    `date: ${entry.decidedIn.date}`,
    `decision-makers: ${yamlString(record.decisionMakers.join(', '))}`,
    `consulted: ${yamlString(record.consulted.join(', '))}`,
    `informed: ${yamlString(record.informed.join(', '))}`,
    '---',
  ];
}

function context(page: ItemPage, t: TFunction): string[] {
  const lines = [`## ${t('report.madr.context')}`, ''];
  if (page.question) lines.push(paragraph(page.question), '');
  if (page.summary) lines.push(paragraph(page.summary), '');
  if (page.sourceDecision?.basis) lines.push(`${t('item.basis')}: ${inline(page.sourceDecision.basis)}`, '');
  return lines;
}

function drivers(page: ItemPage, t: TFunction): string[] {
  if (page.concerns.length === 0) return [];
  return [
    `## ${t('register.madrDrivers')}`,
    '',
    ...list(page.concerns.map((node) => `${inline(node.label)} (${inline(node.layer)})`)),
    '',
  ];
}

/**
 * The item's real options. A decision the source already took offers the room "confirm" or
 * "revisit"; those are ways to answer, not options: its options are what the source decided and
 * the alternatives it weighed, and confirming chooses what the source decided.
 */
function realOptions(page: ItemPage): { labels: string[]; chosen: string | null } {
  const source = page.sourceDecision;
  if (source) {
    const confirmId = page.options[0]?.id;
    const confirmed = page.outcome.chosenOption === null || page.outcome.chosenOption.id === confirmId;
    return {
      labels: [source.decided, ...source.alternatives.map((alternative) => alternative.label)],
      chosen: confirmed ? source.decided : null,
    };
  }
  return {
    labels: page.options.map((option) => option.label),
    chosen: page.outcome.chosenOption?.label ?? null,
  };
}

function consideredOptions(page: ItemPage, t: TFunction): string[] {
  const { labels } = realOptions(page);
  if (labels.length === 0) return [];
  const recommended = new Set(page.options.filter((option) => option.recommended).map((option) => option.label));
  return [
    `## ${t('report.madr.options')}`,
    '',
    ...list(labels.map((label) => `${inline(label)}${recommended.has(label) ? ` (${t('item.recommended')})` : ''}`)),
    '',
  ];
}

function outcome(record: MadrRecord, records: ReadonlyMap<number, MadrRecord>, t: TFunction): string[] {
  const { page, entry } = record;
  const o = page.outcome;
  const { chosen } = realOptions(page);
  const because = o.rationale.trim() ? `, ${t('report.madr.because')} ${paragraph(o.rationale)}` : '.';
  const lines = [`## ${t('report.madr.outcome')}`, ''];
  lines.push(
    chosen ? `${t('report.madr.chosen')}: "${inline(chosen)}"${because}` : `${t('register.madrRevisit')}${because}`,
    '',
  );
  if (entry.supersedes !== null)
    lines.push(t('register.madrSupersedes', { record: link(entry.supersedes, records) }), '');
  if (entry.supersededBy !== null)
    lines.push(t('register.madrSupersededBy', { record: link(entry.supersededBy, records) }), '');
  const option = page.options.find((candidate) => candidate.chosen);
  const consequences = [
    ...(option?.rationale ? [`${t('report.madr.good')} ${inline(option.rationale)}`] : []),
    ...(option?.risks ? [`${t('report.madr.bad')} ${inline(option.risks)}`] : []),
    ...(option?.mitigation ? [`${t('item.mitigation')}: ${inline(option.mitigation)}`] : []),
    ...(o.owner
      ? [`${t('report.owner')}: ${inline(o.owner)}${o.dueDate ? `, ${t('report.dueDate')}: ${o.dueDate}` : ''}`]
      : []),
  ];
  if (consequences.length > 0) lines.push(`### ${t('report.madr.consequences')}`, '', ...list(consequences), '');
  const confirmation = [
    ...o.checklist.map((line) => `[${line.ticked ? 'x' : ' '}] ${inline(line.text)}`),
    ...(entry.nextReviewDate ? [`${t('report.reviewDate')}: ${entry.nextReviewDate}`] : []),
  ];
  if (confirmation.length > 0) lines.push(`### ${t('report.madr.confirmation')}`, '', ...list(confirmation), '');
  return lines;
}

function prosAndCons(page: ItemPage, t: TFunction): string[] {
  const argued = page.options.filter((option) => option.rationale || option.risks || option.mitigation);
  const alternatives = page.sourceDecision?.alternatives ?? [];
  if (argued.length === 0 && alternatives.length === 0) return [];
  const lines = [`## ${t('report.madr.prosAndCons')}`, ''];
  for (const option of argued)
    lines.push(
      `### ${inline(option.label)}`,
      '',
      ...list([
        ...(option.rationale ? [`${t('report.madr.good')} ${inline(option.rationale)}`] : []),
        ...(option.risks ? [`${t('report.madr.bad')} ${inline(option.risks)}`] : []),
        ...(option.mitigation ? [`${t('item.mitigation')}: ${inline(option.mitigation)}`] : []),
      ]),
      '',
    );
  for (const alternative of alternatives)
    lines.push(`### ${inline(alternative.label)}`, '', ...list([inline(alternative.verdict)]), '');
  return lines;
}

function historyLine(line: RegisterLine, record: MadrRecord, t: TFunction): string {
  const label = (option: string | null) => (option ? (record.optionLabels[option] ?? option) : '—');
  const what =
    line.kind === 'reversed'
      ? t('register.madrReversed', { from: inline(label(line.previousOption)), to: inline(label(line.option)) })
      : t(`register.kinds.${line.kind}`);
  return `${line.session.date} ${inline(line.session.title)}: ${what} (${inline(line.actor)})`;
}

function moreInformation(record: MadrRecord, model: MadrContext, t: TFunction): string[] {
  const { page, entry } = record;
  const o = page.outcome;
  const facts = [
    `${t('register.number')}: ${decisionNumber(entry.number)}`,
    `${t('report.board')}: ${inline(model.boardTitle)}`,
    `${t('register.decidedIn')}: ${inline(entry.decidedIn.title)} (${entry.decidedIn.date})`,
    `${t('report.sourceRef')} ${inline(page.source.document)} § ${inline(page.source.section)}`,
    ...(page.sourceRecommendation ? [`${t('report.sourceRecommendation')}: ${inline(page.sourceRecommendation)}`] : []),
    // The report model holds a private note only when the export asked for it.
    ...(o.notes ? [`${t('report.notes')}: ${inline(o.notes)}`] : []),
    ...page.authorNotes.map((note) => `${t('report.madr.authorNote')}: ${inline(note)}`),
    ...page.sourceNotes.map((note) => `${t('report.madr.sourceNote')}: ${inline(note)}`),
  ];
  const history = entry.history.map((line) => historyLine(line, record, t));
  return [
    `## ${t('report.madr.more')}`,
    '',
    ...list(facts),
    '',
    ...(history.length > 0 ? [`### ${t('register.history')}`, '', ...list(history), ''] : []),
  ];
}

interface MadrContext {
  boardTitle: string;
  t: TFunction;
}

function adr(record: MadrRecord, records: ReadonlyMap<number, MadrRecord>, context_: MadrContext): string {
  const { t } = context_;
  const { page } = record;
  return withoutControls(
    [
      ...frontMatter(record),
      '',
      `# ${inline(page.title)}`,
      '',
      ...context(page, t),
      ...drivers(page, t),
      ...consideredOptions(page, t),
      ...outcome(record, records, t),
      ...prosAndCons(page, t),
      ...moreInformation(record, context_, t),
    ].join('\n'),
  );
}

export const INDEX_START = '<!-- boardwalk:decision-register:start -->';
export const INDEX_END = '<!-- boardwalk:decision-register:end -->';

function index(register: MadrRegister, model: ReportModel, t: TFunction): string {
  const rows = register.records.map(({ entry, page }) => {
    const status = entry.supersededBy !== null ? t('register.states.superseded') : t(`register.status.${entry.status}`);
    return `[ADR-${decisionNumber(entry.number)}](${recordFileName(entry)}) ${inline(page.title)}: ${status}`;
  });
  return [
    `# ${t('report.madr.indexTitle')}: ${inline(model.cover.board.title)}`,
    '',
    INDEX_START,
    ...(rows.length === 0 ? [t('report.madr.none')] : list(rows)),
    INDEX_END,
    '',
  ].join('\n');
}

/**
 * An index already in the folder keeps what people wrote around it: only the part between the
 * markers is replaced; an index without them gets the part added at its end.
 */
export function mergeIndex(existing: string | null, generated: string): string {
  if (existing === null) return generated;
  const block = generated.slice(generated.indexOf(INDEX_START), generated.indexOf(INDEX_END) + INDEX_END.length);
  const start = existing.indexOf(INDEX_START);
  const end = existing.indexOf(INDEX_END);
  if (start >= 0 && end > start) return `${existing.slice(0, start)}${block}${existing.slice(end + INDEX_END.length)}`;
  return `${existing.replace(/\s*$/, '\n\n')}${block}\n`;
}

/** A register made of the report's own decided items, for a report given without the board's register. */
export function registerOfModel(model: ReportModel): MadrRegister {
  const { session } = model.cover;
  const decided = model.items.filter((page) => page.outcome.status === 'decided');
  return {
    records: decided.map((page, position) => ({
      entry: {
        boardId: model.cover.board.id,
        number: position + 1,
        itemId: page.id,
        option: page.outcome.chosenOption?.id ?? null,
        decidedIn: { sessionId: session.id, title: session.title, date: session.date },
        decidedAt: page.outcome.updatedAt ?? session.date,
        actor: session.facilitator,
        status: 'accepted',
        supersedes: null,
        supersededBy: null,
        state: 'decided',
        lastReview: null,
        nextReviewDate: page.outcome.reviewDate,
        history: [],
      },
      page,
      decisionMakers: [session.facilitator],
      consulted: session.participants,
      informed: page.outcome.owner ? [page.outcome.owner] : [],
      optionLabels: Object.fromEntries(page.options.map((option) => [option.id, option.label])),
    })),
  };
}

/** MADR 4 decision records, one per decision of the board's register, and an index that lists them. */
export function renderMadr(model: ReportModel, register?: MadrRegister): TextFile[] {
  const t = translator(model.language);
  const records = register ?? registerOfModel(model);
  const byNumber = new Map(records.records.map((record) => [record.entry.number, record]));
  const context_ = { boardTitle: `${model.cover.board.title} ${model.cover.board.version}`, t };
  return [
    { path: 'README.md', content: withoutControls(index(records, model, t)) },
    ...records.records.map((record) => ({
      path: recordFileName(record.entry),
      content: adr(record, byNumber, context_),
    })),
  ];
}
