import { describe, expect, it } from 'vitest';
import { fixtureOutcomes, fixtureReportInput } from '../../testing/reportFixture.ts';
import { withoutSoftHyphens } from '../../../shared/typography/hyphenate.ts';
import { buildReportModel } from './build.ts';
import { renderReportHtml } from './html.ts';
import { reportModelSchema } from './model.ts';

const model = (overrides: Parameters<typeof fixtureReportInput>[1] = {}, language: 'nl' | 'en' = 'en') =>
  buildReportModel(fixtureReportInput(language, overrides));

describe('the report model', () => {
  it('fits its own schema (the one the JSON export is documented by)', () => {
    expect(() => reportModelSchema.parse(model())).not.toThrow();
    expect(() =>
      reportModelSchema.parse(model({ options: { includeUndecided: true, omitSections: [] } })),
    ).not.toThrow();
  });

  it('leaves undecided items out by default and counts what it left out', () => {
    const report = model();
    expect(report.decisions.map((row) => row.id)).toEqual([
      'risk_single_region',
      'decision_database',
      'choice_backup_tool',
      'action_second_region',
    ]);
    expect(report.summary).toMatchObject({ total: 8, shown: 4, leftOut: 4, timeSpentSeconds: 1020 });
    expect(report.summary.counts).toEqual({ open: 4, decided: 2, deferred: 1, escalated: 1, 'not-applicable': 0 });
    const all = model({ options: { includeUndecided: true, omitSections: [] } });
    expect(all.decisions).toHaveLength(8);
    expect(all.summary.leftOut).toBe(0);
  });

  it('gives decided, deferred and escalated items a page, open and not-applicable ones none', () => {
    const all = model({ options: { includeUndecided: true, omitSections: [] } });
    expect(all.items.map((page) => [page.id, page.outcome.status])).toEqual([
      ['risk_single_region', 'escalated'],
      ['decision_database', 'decided'],
      ['choice_backup_tool', 'deferred'],
      ['action_second_region', 'decided'],
    ]);
  });

  it("puts the room's outcome beside the source's options, recommendation, decision and notes", () => {
    const page = model().items.find((candidate) => candidate.id === 'decision_database')!;
    expect(page.outcome).toMatchObject({
      status: 'decided',
      chosenOption: { id: 'confirm', label: 'Confirm' },
      owner: 'Ops',
      timeSpentSeconds: 720,
      checklist: [
        { text: 'Restore from backup rehearsed', ticked: true },
        { text: 'Exit plan written', ticked: false },
      ],
      votes: [
        { option: 'Confirm', count: 1, voters: [] },
        { option: 'Revisit', count: 1, voters: [] },
      ],
    });
    expect(page.sourceDecision).toMatchObject({ decided: 'Managed PostgreSQL from the provider' });
    expect(page.authorNotes).toEqual(['The provider states 99.95 % availability.']);
    expect(page.source).toEqual({ document: 'Platform design', section: '4.2' });
    const risk = model().items.find((candidate) => candidate.id === 'risk_single_region')!;
    expect(risk.options.map((option) => [option.label, option.recommended, option.chosen])).toEqual([
      ['Second region', true, true],
      ['Accept the risk', false, false],
    ]);
  });

  it("draws a decision's chain: its open questions and rule before it, each with its status", () => {
    const page = model().items.find((candidate) => candidate.id === 'decision_database')!;
    expect(page.chain.nodes.map((node) => [node.id, node.depth, node.status])).toEqual([
      ['decision_database', 0, 'decided'],
      ['q1_database_size', -1, 'open'],
      ['rule_database', -1, 'open'],
    ]);
    expect(page.chain.links).toEqual([
      { from: 'q1_database_size', to: 'decision_database', relation: 'depends-on' },
      { from: 'rule_database', to: 'decision_database', relation: 'applies-rule' },
    ]);
  });

  it('lists the blocking questions still open, with the decisions they hold up, and the critical items', () => {
    const report = model();
    expect(report.blocking).toEqual([
      expect.objectContaining({
        id: 'q1_database_size',
        number: 1,
        status: 'open',
        holdsUp: [{ id: 'decision_database', kind: 'decision', title: 'Database: managed PostgreSQL' }],
      }),
    ]);
    expect(report.summary.blockingOpen).toBe(1);
    expect(report.summary.critical.map((row) => [row.id, row.reason, row.status])).toEqual([
      ['conflict_uptime_budget', 'critical-inconsistency', 'open'],
      ['risk_single_region', 'critical-risk', 'escalated'],
    ]);
  });

  it('prints the chosen decision-tree context with the recommendations that follow from it', () => {
    expect(model().context).toEqual({
      choices: [{ variable: { id: 'team_size', label: 'Team size' }, value: { id: 'small', label: 'Small' } }],
      recommendations: [
        {
          id: 'small_team_managed',
          recommend: 'Choose managed services',
          rationale: 'A small team can run little itself',
          alternatives: ['Run it yourself with a partner'],
        },
      ],
    });
    expect(model({ settings: {} }).context).toBeNull();
  });

  it('shows what changed since the previous review, with option labels', () => {
    const changes = model().changes!;
    expect(changes.previous.title).toBe('Kwartaalreview Q4');
    const risk = changes.items.find((item) => item.id === 'risk_single_region')!;
    expect(risk.changes).toEqual([
      { field: 'status', before: 'open', after: 'escalated' },
      { field: 'chosenOption', before: null, after: 'Second region' },
      { field: 'owner', before: null, after: 'CTO' },
    ]);
    expect(model({ previous: null }).changes).toBeNull();
  });

  it('names a recommended tool once, however many rules of the context recommend it', () => {
    const input = fixtureReportInput('en');
    const rule = input.board.context.rules[0]!;
    const twin = {
      ...rule,
      id: 'twin_rule',
      rationale: { nl: 'Nog een reden', en: 'Another reason' },
      alternatives: [...rule.alternatives, { nl: 'Zelf beheren', en: 'Run it yourself' }],
    };
    const board = { ...input.board, context: { ...input.board.context, rules: [...input.board.context.rules, twin] } };
    const recommendations = buildReportModel({ ...input, board }).context!.recommendations;
    expect(recommendations.filter((entry) => entry.recommend === rule.recommend.en)).toHaveLength(1);
    const merged = recommendations.find((entry) => entry.recommend === rule.recommend.en)!;
    expect(merged.rationale).toContain('Another reason');
    expect(merged.alternatives).toEqual([...new Set([...rule.alternatives.map((alt) => alt.en), 'Run it yourself'])]);
  });

  it('lists every risk of the board in the register, whether or not an outcome was recorded', () => {
    const input = fixtureReportInput('en');
    const extraRisk = { ...input.board.items.find((item) => item.id === 'risk_single_region')!, id: 'risk_unrecorded' };
    const board = { ...input.board, items: [...input.board.items, { ...extraRisk, severity: 'high' as const }] };
    const report = buildReportModel({ ...input, board });
    expect(report.risks.map((row) => [row.id, row.severity, row.status, row.recorded])).toEqual([
      ['risk_single_region', 'critical', 'escalated', true],
      ['risk_unrecorded', 'high', 'open', false],
    ]);
    // A settled risk no longer needs the room: open high ones come before it.
    const settled = buildReportModel({
      ...input,
      board,
      outcomes: input.outcomes.map((outcome) =>
        outcome.itemId === 'risk_single_region' ? { ...outcome, status: 'decided' as const } : outcome,
      ),
    });
    expect(settled.risks.map((row) => row.id)).toEqual(['risk_unrecorded', 'risk_single_region']);
  });

  it('lists who does what by when: every outcome with an owner or a due date, overdue ones first and marked', () => {
    const report = model({ generatedAt: '2027-04-15T09:00:00.000Z' });
    expect(report.asOf).toBe('2027-04-15');
    expect(report.actions.map((row) => [row.id, row.owner, row.dueDate, row.overdue])).toEqual([
      ['decision_database', 'Ops', '2027-03-31', true],
      // An action item the room marked decided is done: its date has passed, but it is not overdue.
      ['action_second_region', 'Architect Jan', '2027-01-22', false],
      ['risk_single_region', 'CTO', null, false],
    ]);
    expect(report.actions[0]).toMatchObject({ what: 'Confirm', band: null });
    expect(report.actions[1]).toMatchObject({
      band: { type: 'priority', priority: 'week-1' },
      closes: [{ id: 'risk_single_region', kind: 'risk', title: 'Single region' }],
    });
    expect(report.decisions.find((row) => row.id === 'decision_database')).toMatchObject({ overdue: true });
    expect(report.summary.attention.overdue.map((row) => row.id)).toEqual(['decision_database']);
    expect(report.summary.attention.escalations).toEqual([
      expect.objectContaining({ id: 'risk_single_region', owner: 'CTO', dueDate: null }),
    ]);
    expect(model().actions.some((row) => row.overdue)).toBe(false);
  });

  it('leaves private notes and voter names out unless asked for, and says which fields are private', () => {
    const input = fixtureReportInput('en');
    const outcomes = input.outcomes.map((outcome) =>
      outcome.itemId === 'decision_database' ? { ...outcome, notes: 'PRIVATE NOTE' } : outcome,
    );
    const handout = buildReportModel({ ...input, outcomes });
    expect(JSON.stringify(handout)).not.toContain('PRIVATE NOTE');
    expect(handout.privateFields).toEqual(['items[].outcome.notes', 'items[].outcome.votes[].voters']);
    const asked = buildReportModel({ ...input, outcomes, options: { includeNotes: true, voterNames: true } });
    const page = asked.items.find((candidate) => candidate.id === 'decision_database')!;
    expect(page.outcome.notes).toBe('PRIVATE NOTE');
    expect(page.outcome.votes).toEqual([
      { option: 'Confirm', count: 1, voters: ['Bram'] },
      { option: 'Revisit', count: 1, voters: ['Chris'] },
    ]);
  });

  it('leaves the events of items the report leaves out out of the audit trail', () => {
    const input = fixtureReportInput('en');
    const left = { ...input.events[2]!, id: 99, itemId: 'conflict_uptime_budget' } as (typeof input.events)[number];
    const report = buildReportModel({ ...input, events: [...input.events, left] });
    expect(report.audit.map((row) => row.id)).not.toContain(99);
    const all = buildReportModel({ ...input, events: [...input.events, left], options: { includeUndecided: true } });
    expect(all.audit.map((row) => row.id)).toContain(99);
  });

  it('names who made each change in the audit trail, and the fields it changed', () => {
    const audit = model().audit;
    expect(audit.map((row) => [row.actor, row.type, row.item?.id ?? null])).toEqual([
      ['Anouk de Vries', 'session.created', null],
      ['Bram', 'outcome.voted', 'decision_database'],
      ['Anouk de Vries', 'outcome.recorded', 'decision_database'],
      ['Anouk de Vries', 'outcome.recorded', 'risk_single_region'],
    ]);
    expect(audit[1]!.fields).toEqual(['votes']);
    expect(audit[2]!.fields).toEqual(expect.arrayContaining(['status', 'chosenOption', 'rationale']));
  });

  it('follows the agenda order the facilitator set', () => {
    const report = model({
      settings: { agenda: { order: ['action_second_region', 'choice_backup_tool'], dropped: [] } },
    });
    expect(report.decisions.map((row) => row.id).slice(0, 2)).toEqual(['action_second_region', 'choice_backup_tool']);
  });

  it('leaves out the sections asked for', () => {
    const report = model({ options: { includeUndecided: false, omitSections: ['items', 'audit', 'changes'] } });
    expect(report.items).toEqual([]);
    expect(report.audit).toEqual([]);
    expect(report.changes).toBeNull();
    expect(report.decisions).toHaveLength(4);
  });

  it("is written in the report's language, whatever the session's language", () => {
    const dutch = model({}, 'nl');
    expect(dutch.items[0]!.title).toBe('Eén regio');
    expect(dutch.language).toBe('nl');
    expect(fixtureOutcomes()[0]!.rationale).toContain('Het team');
  });

  it('is a pure function: the same input makes the same model', () => {
    expect(JSON.stringify(model())).toBe(JSON.stringify(model()));
  });
});

describe("an action item timed by a stage of one of its board's layers", () => {
  it('carries that stage and the layer it belongs to as its band, in the model and in the printed report', () => {
    const input = fixtureReportInput('en', { generatedAt: '2027-04-15T09:00:00.000Z' });
    const layer = input.board.layers[0]!;
    const board = {
      ...input.board,
      items: input.board.items.map((item) =>
        item.id === 'action_second_region' && item.kind === 'action-item'
          ? {
              ...item,
              priority: undefined,
              stage: { layer: layer.id, title: { nl: 'Nu voorbereiden', en: 'Prepare now' } },
            }
          : item,
      ),
    };
    const report = buildReportModel({ ...input, board });
    expect(report.actions.find((row) => row.id === 'action_second_region')?.band).toEqual({
      type: 'stage',
      title: 'Prepare now',
      layer: layer.title.en,
    });
    expect(withoutSoftHyphens(renderReportHtml(report))).toContain(`Stage: Prepare now (${layer.title.en})`);
  });
});
