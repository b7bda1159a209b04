import { agendaOrder, statusCounts } from '../../../shared/agenda.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import { applicableRules } from '../../../shared/board/context.ts';
import { ITEM_KINDS } from '../../../shared/board/kinds.ts';
import { SEVERITIES, type Board, type Item } from '../../../shared/board/schema.ts';
import { reportOptionsSchema, type OptionalSection, type ReportOptions } from '../../../shared/report/options.ts';
import type { z } from 'zod';
import { compareOutcomes } from '../../../shared/session/compare.ts';
import type { AuditEvent } from '../../../shared/session/events.ts';
import {
  EMPTY_OUTCOME,
  type Outcome,
  type OutcomeFields,
  type OutcomeStatus,
  type Session,
} from '../../../shared/session/schema.ts';
import type { SessionSettings } from '../../../shared/session/settings.ts';
import type { Language } from '../../../shared/text.ts';
import { chainOf, itemLinks, linkIndex } from './chains.ts';
import type {
  ActionBand,
  ActionRow,
  AuditRow,
  BlockingQuestion,
  ChangesSection,
  ContextSection,
  CriticalItem,
  DecisionRow,
  ItemPage,
  ItemRef,
  OutcomeView,
  ReportModel,
  ReportSummary,
  RiskRow,
} from './model.ts';
import { PRIVATE_FIELDS, REPORT_FORMAT_ID, REPORT_MODEL_VERSION, REPORT_SCHEMA_ID } from './model.ts';
import { plainTextDeep } from './plainText.ts';

export interface ReportInput {
  board: Board;
  boardHash: string;
  session: Session;
  outcomes: readonly Outcome[];
  events: readonly AuditEvent[];
  settings: SessionSettings;
  /** The session this one follows (a next review), with its outcomes. */
  previous: { session: Session; outcomes: readonly Outcome[] } | null;
  language: Language;
  /** As the API takes them: what is not given takes its default (private fields left out). */
  options: z.input<typeof reportOptionsSchema>;
  /** ISO time; given, not read from the clock, so the same input always makes the same report. */
  generatedAt: string;
}

/** Statuses that earn an item its own page. */
const PAGED_STATUSES: ReadonlySet<OutcomeStatus> = new Set(['decided', 'deferred', 'escalated']);
const SETTLED_STATUSES: ReadonlySet<OutcomeStatus> = new Set(['decided', 'not-applicable']);

/** Everything the parts of the report look up, built once. */
function lookups(input: ReportInput, options: ReportOptions) {
  const { board, language } = input;
  const index = indexBoard(board);
  const outcomeOf = new Map(input.outcomes.map((outcome) => [outcome.itemId, outcome]));
  const statusOf = (itemId: string): OutcomeStatus => outcomeOf.get(itemId)?.status ?? 'open';
  const ref = (item: Item): ItemRef => ({ id: item.id, kind: item.kind, title: item.title[language] });
  const optionLabel = (item: Item, optionId: string | null) =>
    optionId === null ? null : (item.options.find((option) => option.id === optionId)?.label[language] ?? optionId);
  const chosenOf = (item: Item) => optionLabel(item, outcomeOf.get(item.id)?.chosenOption ?? null);
  const shown = (item: Item) => options.includeUndecided || statusOf(item.id) !== 'open';
  const asOf = input.generatedAt.slice(0, 10);
  return { board, language, index, outcomeOf, statusOf, ref, optionLabel, chosenOf, shown, options, asOf };
}
type Lookups = ReturnType<typeof lookups>;

/** The session's own agenda order where the facilitator set one, else the board's agenda order. */
function orderedItems(board: Board, settings: SessionSettings): Item[] {
  const standard = agendaOrder(board.items);
  const order = settings.agenda?.order;
  if (!order) return standard;
  const rank = new Map(order.map((id, position) => [id, position]));
  const fallback = new Map(standard.map((item, position) => [item.id, order.length + position]));
  return [...standard].sort(
    (a, b) => (rank.get(a.id) ?? fallback.get(a.id)!) - (rank.get(b.id) ?? fallback.get(b.id)!),
  );
}

function summaryOf(items: readonly Item[], look: Lookups, input: ReportInput): ReportSummary {
  const counts = statusCounts(items, input.outcomes);
  const shownCount = items.filter(look.shown).length;
  const critical: CriticalItem[] = items.flatMap((item): CriticalItem[] => {
    const reason =
      item.kind === 'risk' && item.severity === 'critical'
        ? 'critical-risk'
        : item.kind === 'conflict' && item.group === 'critical-inconsistency'
          ? item.group
          : null;
    return reason
      ? [{ ...look.ref(item), reason, status: look.statusOf(item.id), chosenOption: look.chosenOf(item) }]
      : [];
  });
  return {
    counts,
    total: items.length,
    shown: shownCount,
    leftOut: items.length - shownCount,
    byKind: ITEM_KINDS.map((kind) => {
      const ofKind = items.filter((item) => item.kind === kind);
      return { kind, total: ofKind.length, shown: ofKind.filter(look.shown).length };
    }).filter((entry) => entry.total > 0),
    blockingOpen: items.filter(
      (item) => item.kind === 'open-question' && item.blocking && !SETTLED_STATUSES.has(look.statusOf(item.id)),
    ).length,
    critical,
    timeSpentSeconds: input.outcomes.reduce((sum, outcome) => sum + outcome.timeSpentSeconds, 0),
    attention: attentionOf(items, look),
  };
}

/** Page 1's "needs attention": escalations with their deadlines, overdue actions, blocking questions still open. */
function attentionOf(items: readonly Item[], look: Lookups): ReportSummary['attention'] {
  const escalations = items.flatMap((item) => {
    const outcome = look.outcomeOf.get(item.id);
    if (outcome?.status !== 'escalated') return [];
    return [{ ...look.ref(item), owner: outcome.owner, dueDate: outcome.dueDate, rationale: outcome.rationale }];
  });
  const overdue = actionsOf(items, look).flatMap((row) =>
    row.overdue && row.dueDate
      ? [{ id: row.id, kind: row.kind, title: row.title, owner: row.owner, dueDate: row.dueDate }]
      : [],
  );
  const blockingOpen = items.flatMap((item) =>
    item.kind === 'open-question' && item.blocking && !SETTLED_STATUSES.has(look.statusOf(item.id))
      ? [{ ...look.ref(item), number: item.number, status: look.statusOf(item.id) }]
      : [],
  );
  return { escalations, overdue, blockingOpen };
}

function contextOf(board: Board, settings: SessionSettings, language: Language): ContextSection | null {
  const chosen = settings.decisionContext ?? {};
  const choices = board.context.variables.flatMap((variable) => {
    const value = variable.values.find((candidate) => candidate.id === chosen[variable.id]);
    return value
      ? [
          {
            variable: { id: variable.id, label: variable.label[language] },
            value: { id: value.id, label: value.label[language] },
          },
        ]
      : [];
  });
  if (choices.length === 0) return null;
  const recommendations = applicableRules(board.context.rules, chosen).map((rule) => ({
    id: rule.id,
    recommend: rule.recommend[language],
    rationale: rule.rationale[language],
    alternatives: rule.alternatives.map((alternative) => alternative[language]),
  }));
  return { choices, recommendations: mergedRecommendations(recommendations) };
}

/** Two rules that recommend the same tool make one line, with both reasons and no alternative twice. */
function mergedRecommendations(rules: ContextSection['recommendations']): ContextSection['recommendations'] {
  const byTool = new Map<string, ContextSection['recommendations'][number]>();
  for (const rule of rules) {
    const key = rule.recommend.trim().toLocaleLowerCase();
    const earlier = byTool.get(key);
    if (!earlier) {
      byTool.set(key, { ...rule, alternatives: [...new Set(rule.alternatives)] });
      continue;
    }
    byTool.set(key, {
      ...earlier,
      rationale: earlier.rationale.includes(rule.rationale)
        ? earlier.rationale
        : `${earlier.rationale} ${rule.rationale}`,
      alternatives: [...new Set([...earlier.alternatives, ...rule.alternatives])],
    });
  }
  return [...byTool.values()];
}

function decisionRow(item: Item, look: Lookups): DecisionRow {
  const outcome = look.outcomeOf.get(item.id);
  return {
    ...look.ref(item),
    status: look.statusOf(item.id),
    chosenOption: look.chosenOf(item),
    rationale: outcome?.rationale ?? '',
    owner: outcome?.owner ?? '',
    dueDate: outcome?.dueDate ?? null,
    reviewDate: outcome?.reviewDate ?? null,
    timeSpentSeconds: outcome?.timeSpentSeconds ?? 0,
    severity: item.kind === 'risk' ? item.severity : null,
    overdue: outcome ? isOverdue(item, outcome, look.asOf) : false,
    votes: voteTally(item, outcome?.votes ?? {}, look)
      .map((vote) => `${vote.option}: ${vote.count}`)
      .join('; '),
  };
}

/** Due before the day the report counts from, and not yet settled (a done action item, a not-applicable item). */
function isOverdue(item: Item, outcome: Outcome, asOf: string): boolean {
  return (
    outcome.dueDate !== null &&
    outcome.dueDate < asOf &&
    outcome.status !== 'not-applicable' &&
    !isDone(item, outcome.status)
  );
}

function changesOf(items: readonly Item[], look: Lookups, input: ReportInput): ChangesSection | null {
  if (!input.previous) return null;
  const { session, outcomes } = input.previous;
  const rows = compareOutcomes(
    items.map((item) => item.id),
    outcomes,
    input.outcomes,
  );
  return {
    previous: { id: session.id, title: session.title, date: session.date },
    items: rows.flatMap((row) => {
      const item = look.index.itemById.get(row.itemId)!;
      if (row.kind === null) return [];
      const label = (field: string, value: string | null) =>
        field === 'chosenOption' ? look.optionLabel(item, value) : value;
      return [
        {
          ...look.ref(item),
          change: row.kind,
          changes: row.changes.map((change) => ({
            field: change.field,
            before: label(change.field, change.before),
            after: label(change.field, change.after),
          })),
        },
      ];
    }),
  };
}

function outcomeView(item: Item, outcome: Outcome | undefined, look: Lookups): OutcomeView {
  const fields: OutcomeFields = outcome ?? EMPTY_OUTCOME;
  const { language } = look;
  return {
    status: fields.status,
    chosenOption: fields.chosenOption
      ? { id: fields.chosenOption, label: look.optionLabel(item, fields.chosenOption)! }
      : null,
    rationale: fields.rationale,
    owner: fields.owner,
    dueDate: fields.dueDate,
    reviewDate: fields.reviewDate,
    checklist: item.checklist.map((line, position) => ({
      text: line[language],
      ticked: fields.checklist[String(position)] === true,
    })),
    votes: voteTally(item, fields.votes, look),
    notes: look.options.includeNotes ? fields.notes : '',
    timeSpentSeconds: outcome?.timeSpentSeconds ?? 0,
    updatedAt: outcome?.updatedAt ?? null,
    carriedFrom: outcome?.carriedFrom ?? null,
  };
}

/** The votes per option, most first (then in the board's option order); names only when asked for. */
function voteTally(item: Item, votes: Record<string, string>, look: Lookups): OutcomeView['votes'] {
  const byOption = new Map<string, string[]>();
  for (const [participant, optionId] of Object.entries(votes))
    byOption.set(optionId, [...(byOption.get(optionId) ?? []), participant]);
  const order = (optionId: string) => {
    const position = item.options.findIndex((option) => option.id === optionId);
    return position < 0 ? item.options.length : position;
  };
  return [...byOption.entries()]
    .sort(([a, left], [b, right]) => right.length - left.length || order(a) - order(b))
    .map(([optionId, voters]) => ({
      option: look.optionLabel(item, optionId)!,
      count: voters.length,
      voters: look.options.voterNames ? voters : [],
    }));
}

function itemPage(item: Item, look: Lookups, links: ReturnType<typeof linkIndex>): ItemPage {
  const { language, board } = look;
  const outcome = look.outcomeOf.get(item.id);
  const layerTitle = new Map(board.layers.map((layer) => [layer.id, layer.title[language]]));
  const documentTitle = board.meta.documents.find((document) => document.id === item.source.document)?.title[language];
  return {
    ...look.ref(item),
    summary: item.summary?.[language] ?? null,
    question: 'question' in item ? item.question[language] : null,
    source: { document: documentTitle ?? item.source.document, section: item.source.section },
    concerns: look.index.nodesOfItem(item.id).map((node) => ({
      id: node.id,
      label: node.label[language],
      layer: layerTitle.get(node.layer) ?? node.layer,
    })),
    options: item.options.map((option) => ({
      id: option.id,
      label: option.label[language],
      recommended: option.recommended,
      chosen: option.id === outcome?.chosenOption,
      rationale: option.rationale?.[language] ?? null,
      risks: option.risks?.[language] ?? null,
      mitigation: option.mitigation?.[language] ?? null,
    })),
    sourceRecommendation: item.recommendation?.[language] ?? null,
    sourceDecision:
      item.kind === 'decision'
        ? {
            decided: item.decided[language],
            basis: item.basis?.[language] ?? null,
            rationale: item.rationale?.[language] ?? null,
            revisitWhen: item.revisitWhen.map((condition) => condition[language]),
            alternatives: item.alternatives.map((alternative) => ({
              label: alternative.label[language],
              verdict: alternative.verdict[language],
            })),
          }
        : null,
    outcome: outcomeView(item, outcome, look),
    authorNotes: item.authorNotes.map((note) => note[language]),
    sourceNotes: item.sourceNotes.map((note) => note[language]),
    chain: chainOf(item, links, look.index.itemById, look.statusOf, language),
  };
}

function blockingOf(items: readonly Item[], look: Lookups, links: ReturnType<typeof linkIndex>): BlockingQuestion[] {
  return items.flatMap((item): BlockingQuestion[] => {
    if (item.kind !== 'open-question' || !item.blocking || SETTLED_STATUSES.has(look.statusOf(item.id))) return [];
    const holdsUp = (links.downstream.get(item.id) ?? []).map((link) => look.ref(look.index.itemById.get(link.to)!));
    return [
      {
        ...look.ref(item),
        number: item.number,
        question: item.question[look.language],
        status: look.statusOf(item.id),
        holdsUp,
      },
    ];
  });
}

const PRESSING_SEVERITIES: ReadonlySet<string> = new Set(['critical', 'high']);

/**
 * Every risk of the board, whether or not the session recorded an outcome for it: open high and
 * critical risks first (they need the room), then the rest, each group by severity and agenda order.
 */
function risksOf(items: readonly Item[], look: Lookups): ReportModel['risks'] {
  const rank = new Map(SEVERITIES.map((severity, position) => [severity, position]));
  const rows = items.flatMap((item): (RiskRow & { pressing: boolean; position: number })[] => {
    if (item.kind !== 'risk') return [];
    const { id, kind, title, status, chosenOption, owner, dueDate } = decisionRow(item, look);
    const pressing = PRESSING_SEVERITIES.has(item.severity) && !SETTLED_STATUSES.has(status);
    const recorded = look.outcomeOf.has(item.id);
    return [
      {
        id,
        kind,
        title,
        status,
        chosenOption,
        owner,
        dueDate,
        severity: item.severity,
        recorded,
        pressing,
        position: 0,
      },
    ];
  });
  return rows
    .map((row, position) => ({ ...row, position }))
    .sort(
      (a, b) =>
        Number(b.pressing) - Number(a.pressing) ||
        rank.get(a.severity)! - rank.get(b.severity)! ||
        a.position - b.position,
    )
    .map(({ pressing: _pressing, position: _position, ...row }) => row);
}

function bandOf(item: Item, board: Board, language: Language): ActionBand | null {
  if (item.kind !== 'action-item') return null;
  if (item.priority) return { type: 'priority', priority: item.priority };
  if (item.phase)
    return { type: 'phase', number: item.phase.number, title: item.phase.title[language], weeks: item.phase.weeks };
  if (item.stage) {
    const layer = board.layers.find((candidate) => candidate.id === item.stage?.layer);
    return { type: 'stage', title: item.stage.title[language], layer: layer?.title[language] ?? item.stage.layer };
  }
  return { type: 'none' };
}

/**
 * Who does what by when: every outcome of the session with an owner or a due date, and every
 * action item of the board the session took up. Overdue: due before the day of the export and not
 * settled. Overdue first, then by due date (none last), then in agenda order.
 */
export function actionsOf(items: readonly Item[], look: Lookups): ActionRow[] {
  const rows = items.flatMap((item): ActionRow[] => {
    const outcome = look.outcomeOf.get(item.id);
    if (!outcome) return [];
    if (!outcome.owner && !outcome.dueDate && item.kind !== 'action-item') return [];
    const status = outcome.status;
    const overdue = isOverdue(item, outcome, look.asOf);
    return [
      {
        ...look.ref(item),
        what:
          item.kind === 'action-item' ? item.title[look.language] : (look.chosenOf(item) ?? item.title[look.language]),
        ownerRole: item.kind === 'action-item' ? (item.ownerRole?.[look.language] ?? null) : null,
        owner: outcome.owner,
        status,
        dueDate: outcome.dueDate,
        overdue,
        band: bandOf(item, look.board, look.language),
        closes:
          item.kind === 'action-item'
            ? item.closes.flatMap((id) => {
                const closed = look.index.itemById.get(id);
                return closed ? [look.ref(closed)] : [];
              })
            : [],
      },
    ];
  });
  return rows
    .map((row, position) => ({ row, position }))
    .sort(
      (a, b) =>
        Number(b.row.overdue) - Number(a.row.overdue) ||
        (a.row.dueDate ?? '9999').localeCompare(b.row.dueDate ?? '9999') ||
        a.position - b.position,
    )
    .map(({ row }) => row);
}

/** An action item marked decided is one the room says is done; any other outcome's due date still stands. */
function isDone(item: Item, status: OutcomeStatus): boolean {
  return item.kind === 'action-item' && status === 'decided';
}

const OUTCOME_FIELDS = Object.keys(EMPTY_OUTCOME) as (keyof OutcomeFields)[];

function changedFields(before: OutcomeFields | null, after: OutcomeFields | null): string[] {
  const a = before ?? EMPTY_OUTCOME;
  const b = after ?? EMPTY_OUTCOME;
  return OUTCOME_FIELDS.filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]));
}

/** The session's own changes and those of the items the report shows; an item left out leaves its events out. */
function auditOf(events: readonly AuditEvent[], look: Lookups, shown: ReadonlySet<string>): AuditRow[] {
  return events.flatMap((event): AuditRow[] => {
    if (event.itemId !== null && !shown.has(event.itemId)) return [];
    const item = event.itemId ? look.index.itemById.get(event.itemId) : undefined;
    const fields = event.type.startsWith('outcome.')
      ? changedFields(
          event.type === 'outcome.carried-over' ? null : (event.before as OutcomeFields | null),
          event.after as OutcomeFields | null,
        )
      : [];
    return [
      {
        id: event.id,
        at: event.at,
        actor: event.actor,
        type: event.type,
        item: item ? look.ref(item) : null,
        fields: look.options.includeNotes ? fields : fields.filter((field) => field !== 'notes'),
        undone: event.undone,
      },
    ];
  });
}

/**
 * The report of a session: a pure function of what the session holds, in the report's language.
 * Every format is written from it, so text is made plain here, once, for all of them.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  return plainTextDeep(reportModelOf(input));
}

function reportModelOf(input: ReportInput): ReportModel {
  const { board, session, language } = input;
  const options = reportOptionsSchema.parse(input.options);
  const look = lookups(input, options);
  const items = orderedItems(board, input.settings);
  const links = linkIndex(itemLinks(board));
  const shown = items.filter(look.shown);
  const omitted = new Set(options.omitSections);
  const unless = <T>(section: OptionalSection, value: () => T, empty: T): T => (omitted.has(section) ? empty : value());
  return {
    format: REPORT_FORMAT_ID,
    version: REPORT_MODEL_VERSION,
    language,
    generatedAt: input.generatedAt,
    $schema: REPORT_SCHEMA_ID,
    options,
    privateFields: [...PRIVATE_FIELDS],
    asOf: look.asOf,
    cover: {
      board: {
        id: board.meta.id,
        title: board.meta.title[language],
        version: board.meta.version,
        hash: input.boardHash,
        credit: board.meta.credit,
        licence: board.meta.licence,
      },
      session: {
        id: session.id,
        title: session.title,
        date: session.date,
        facilitator: session.facilitator,
        participants: session.participants,
        closedAt: session.closedAt,
        summary: session.summary,
      },
      previousSession: input.previous
        ? { id: input.previous.session.id, title: input.previous.session.title, date: input.previous.session.date }
        : null,
    },
    summary: summaryOf(items, look, input),
    context: unless('context', () => contextOf(board, input.settings, language), null),
    decisions: shown.map((item) => decisionRow(item, look)),
    changes: unless('changes', () => changesOf(items, look, input), null),
    items: unless(
      'items',
      () =>
        shown.filter((item) => PAGED_STATUSES.has(look.statusOf(item.id))).map((item) => itemPage(item, look, links)),
      [],
    ),
    blocking: unless('blocking', () => blockingOf(items, look, links), []),
    risks: unless('risks', () => risksOf(items, look), []),
    actions: unless('actions', () => actionsOf(items, look), []),
    audit: unless('audit', () => auditOf(input.events, look, new Set(shown.map((item) => item.id))), []),
  };
}

/**
 * One item's page as it stood with a given outcome (a decision record of the register shows the
 * outcome of the session that took the decision, not the one the report is about).
 */
export function itemPageWith(input: ReportInput, itemId: string, outcome: Outcome | undefined): ItemPage | null {
  const others = input.outcomes.filter((candidate) => candidate.itemId !== itemId);
  const look = lookups(
    { ...input, outcomes: outcome ? [...others, outcome] : others },
    reportOptionsSchema.parse(input.options),
  );
  const item = look.index.itemById.get(itemId);
  return item ? itemPage(item, look, linkIndex(itemLinks(input.board))) : null;
}
