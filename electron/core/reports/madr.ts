import type { TFunction } from 'i18next';
import { translator } from '../i18n.ts';
import type { ItemPage, ReportModel } from './model.ts';
import { slugOf } from './slug.ts';

export interface TextFile {
  path: string;
  content: string;
}

/** Board and user text inside Markdown: it reads as written and never becomes markup or structure. */
export function markdownText(value: string): string {
  return value
    .replace(/[\\`*_[\]<>|#~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+=])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
}

/** One line of text (a list entry, a heading): line breaks become spaces. */
function inline(value: string): string {
  return markdownText(value.replace(/\s*\n\s*/g, ' ').trim());
}

/** A paragraph of user text, its own line breaks kept as Markdown hard breaks. */
function paragraph(value: string): string {
  return value
    .trim()
    .split(/\r?\n/)
    .map((line) => markdownText(line))
    .join('  \n');
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function list(lines: string[]): string[] {
  return lines.map((line) => `* ${line}`);
}

function adrFileName(number: number, page: ItemPage): string {
  return `${String(number).padStart(4, '0')}-${slugOf(page.title) || page.id}.md`;
}

function frontMatter(page: ItemPage, model: ReportModel): string[] {
  const { session } = model.cover;
  const date = page.outcome.updatedAt?.slice(0, 10) ?? session.date;
  return [
    '---',
    'status: "accepted"',
    `date: ${date}`,
    `decision-makers: ${yamlString(session.facilitator)}`,
    `consulted: ${yamlString(session.participants.join(', '))}`,
    '---',
  ];
}

function context(page: ItemPage, t: TFunction): string[] {
  const lines = [`## ${t('report.madr.context')}`, ''];
  if (page.question) lines.push(paragraph(page.question), '');
  if (page.summary) lines.push(paragraph(page.summary), '');
  if (page.sourceDecision) {
    lines.push(`${t('item.decided')}: ${inline(page.sourceDecision.decided)}`, '');
    if (page.sourceDecision.basis) lines.push(`${t('item.basis')}: ${inline(page.sourceDecision.basis)}`, '');
  }
  if (page.concerns.length > 0)
    lines.push(
      `${t('item.concerns')}:`,
      '',
      ...list(page.concerns.map((node) => `${inline(node.label)} (${inline(node.layer)})`)),
      '',
    );
  return lines;
}

function consideredOptions(page: ItemPage, t: TFunction): string[] {
  if (page.options.length === 0) return [];
  return [
    `## ${t('report.madr.options')}`,
    '',
    ...list(
      page.options.map((option) => `${inline(option.label)}${option.recommended ? ` (${t('item.recommended')})` : ''}`),
    ),
    '',
  ];
}

function outcome(page: ItemPage, t: TFunction): string[] {
  const { outcome: o } = page;
  const chosen = o.chosenOption ? `${t('report.madr.chosen')}: "${inline(o.chosenOption.label)}"` : '';
  const because = o.rationale ? `${chosen ? `, ${t('report.madr.because')} ` : ''}${paragraph(o.rationale)}` : '';
  const lines = [`## ${t('report.madr.outcome')}`, ''];
  if (chosen || because) lines.push(`${chosen}${because}${chosen && !because ? '.' : ''}`, '');
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
    ...(o.reviewDate ? [`${t('report.reviewDate')}: ${o.reviewDate}`] : []),
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

function moreInformation(page: ItemPage, model: ReportModel, t: TFunction): string[] {
  const { board, session } = model.cover;
  const o = page.outcome;
  const facts = [
    `${t('report.board')}: ${inline(board.title)} ${inline(board.version)}`,
    `${t('report.session')}: ${inline(session.title)} (${session.date})`,
    `${t('report.sourceRef')} ${inline(page.source.document)} § ${inline(page.source.section)}`,
    ...(page.sourceRecommendation ? [`${t('report.sourceRecommendation')}: ${inline(page.sourceRecommendation)}`] : []),
    ...(o.votes.length > 0
      ? [
          `${t('report.votes')}: ${o.votes.map((vote) => `${inline(vote.option)}: ${t('reportSummary.tally', { count: vote.count })}${vote.voters.length > 0 ? ` (${vote.voters.map(inline).join(', ')})` : ''}`).join('; ')}`,
        ]
      : []),
    ...(o.notes ? [`${t('report.notes')}: ${inline(o.notes)}`] : []),
    ...page.authorNotes.map((note) => `${t('report.madr.authorNote')}: ${inline(note)}`),
    ...page.sourceNotes.map((note) => `${t('report.madr.sourceNote')}: ${inline(note)}`),
  ];
  return [`## ${t('report.madr.more')}`, '', ...list(facts), ''];
}

function adr(page: ItemPage, model: ReportModel, t: TFunction): string {
  return [
    ...frontMatter(page, model),
    '',
    `# ${inline(page.title)}`,
    '',
    ...context(page, t),
    ...consideredOptions(page, t),
    ...outcome(page, t),
    ...prosAndCons(page, t),
    ...moreInformation(page, model, t),
  ].join('\n');
}

function index(model: ReportModel, files: { path: string; page: ItemPage }[], t: TFunction): string {
  const { board, session } = model.cover;
  return [
    `# ${t('report.madr.indexTitle')}: ${inline(session.title)}`,
    '',
    `${inline(board.title)} ${inline(board.version)} · ${session.date} · ${t('report.facilitator')}: ${inline(session.facilitator)}`,
    '',
    ...(session.summary.trim() ? [`## ${t('reportSummary.written')}`, '', paragraph(session.summary), ''] : []),
    ...(files.length === 0
      ? [t('report.madr.none')]
      : list(
          files.map(
            ({ path, page }) =>
              `[${inline(page.title)}](${path}): ${page.outcome.chosenOption ? inline(page.outcome.chosenOption.label) : t('statuses.decided')}`,
          ),
        )),
    '',
  ].join('\n');
}

/** MADR 4 decision records, one per decided item, and an index that lists them. */
export function renderMadr(model: ReportModel): TextFile[] {
  const t = translator(model.language);
  const decided = model.items.filter((page) => page.outcome.status === 'decided');
  const files = decided.map((page, position) => ({ path: adrFileName(position + 1, page), page }));
  return [
    { path: 'README.md', content: index(model, files, t) },
    ...files.map(({ path, page }) => ({ path, content: adr(page, model, t) })),
  ];
}
