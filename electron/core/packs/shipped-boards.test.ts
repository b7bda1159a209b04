import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Board, Item } from '../../../shared/board/schema.ts';
import { loadPack } from './load.ts';
import { SHIPPED, boardDir, loadShipped, textsOf } from '../../testing/shippedBoards.ts';

/** UTF-8 read as Latin-1 ("Ã¯", "â€", "ðŸ”´") and the replacement character. */
const MOJIBAKE = /Ã|Â|â€|ðŸ|\uFFFD/;
const EMOJI = /\p{Extended_Pictographic}|\uFE0F/u;

/**
 * Words damaged by the faulty word-by-word substitution, as they occur in the seed documents
 * (/work/shared/seeds: 000, 001, 002, 004), e.g. "tussand" for "tussen", "Chinos" for "Chinees"; none of
 * them belongs in clean Dutch or English board text.
 */
const DAMAGED_WORDS = `
  aanbevelingand aanbevoland activerand addgang addgankelijk addkomstige afgeheneld afhankelijkhedand
  afwijkingand alleand alternatievand andabled andcourages andcryption andd anddpoint anddpoints andforce
  andginoring andhancement andterprise andv andvironment andvironments annowal annowally architectand
  auditand baserand begrijpand bekijkand bepaland binnand blijvand blokkerand bouwand bovandstaene
  brengand buitand burdand chinos chosand claimand communicerand conceptand configurerand conflictand
  continowous convandience correlerand depanddencies depanddent deployand documenterand doand draaiand
  drivand eand eigand eigeinto enginor enginoring enginors escalerand exhaustand fixand forkeur geand
  gebruikand gekozand goedkeurand greand hebband henel henhaaft henig henled henling henmatig howlang
  howveel identificerand indepanddence indepanddent indiand instrumenterand integrerand investerand
  investigerand kostand krijgand kubewardand kunnand lerand loggand lopand maenelijks manowal manowally
  mechanismand migrerand minowtand moetand monitorand monthand monthlye mustand nederlense noded
  noodgevalland nowances omgevingand ondersteunand onsufficientde ontbrekand opand operationol opererand
  opgeslagand overwogand passand patronand piekand provand prowithheus puntand resolverand schaland
  seizoensgebondand senbox stenaard stenard stenards stenby switchand systemand takesand testand
  triggerand troubleshootand tussand uitvoerand urand validerand vanddor verbeteringand verbeterpuntand
  vereisand vereistand vermedand vermijdand verrequirementt verrequirementtand voegand voorbeeldand
  voorbereidand voorkomand voorspelland wetand whand whitelistand willand withrics withv wordand
`
  .trim()
  .split(/\s+/);
const DAMAGE = [
  new RegExp(`\\b(?:${DAMAGED_WORDS.join('|')})\\b`, 'i'),
  // "of" swapped for "or": "Single Point or Failure", "source or truth", "mention or DNS", "review or Layer 0/1".
  /\bpoint or failure\b/i,
  /\bsource or truth\b/i,
  /\bmention or\b/i,
  /\breview or layer\b/i,
];

function problemsOf(text: string): string[] {
  const found: string[] = [];
  if (MOJIBAKE.test(text)) found.push('mojibake');
  if (EMOJI.test(text)) found.push('emoji');
  for (const pattern of DAMAGE) {
    const match = pattern.exec(text);
    if (match) found.push(`damaged "${match[0]}"`);
  }
  return found;
}

function idsInFile(id: string): string[] {
  return readFileSync(join(boardDir(id), 'ids.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

describe.each(SHIPPED)('shipped board %s', (id) => {
  const result = loadPack(boardDir(id));

  it('loads without errors', () => {
    const errors = result.ok ? [] : result.errors.map((error) => `${error.file}:${error.line} ${error.message}`);
    expect(errors).toEqual([]);
    expect(result.ok && result.board.meta.id).toBe(id);
  });

  // Where Dutch and English may read the same is the glossary's to say (glossary.test.ts).
  it('has Dutch and English for every text', () => {
    const texts = textsOf(loadShipped(id));
    expect(texts.length).toBeGreaterThan(100);
    const empty = texts.filter((text) => text.nl.trim() === '' || text.en.trim() === '').map((text) => text.path);
    expect(empty).toEqual([]);
  });

  it('has no words left split by a line wrap ("CI/CD- pipeline")', () => {
    // A hyphen before a space is fine only where Dutch leaves out a shared part: "Dev- en Ops-teams".
    const split = /\p{L}- (?!(?:en|of|tot|noch)\b)\p{L}/u;
    const found = textsOf(loadShipped(id)).flatMap((text) =>
      (['nl', 'en'] as const)
        .filter((language) => split.test(text[language]))
        .map((language) => `${text.path}.${language}`),
    );
    expect(found).toEqual([]);
  });

  it('has no mojibake, emoji or damaged words from the seed documents in any text', () => {
    const board = loadShipped(id);
    const problems = textsOf(board).flatMap((text) =>
      (['nl', 'en'] as const).flatMap((language) =>
        problemsOf(text[language]).map((problem) => `${text.path}.${language}: ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('resolves every node reference, edge endpoint, closed item and traceability reference', () => {
    expect(result.ok).toBe(true);
    const board = loadShipped(id);
    const nodes = new Set(board.nodes.map((node) => node.id));
    const items = new Set(board.items.map((item) => item.id));
    const layers = new Set(board.layers.map((layer) => layer.id));
    const dangling = [
      ...board.nodes.filter((node) => !layers.has(node.layer)).map((node) => `layer of ${node.id}: ${node.layer}`),
      ...board.edges.flatMap((edge) =>
        [edge.from, edge.to].filter((end) => !nodes.has(end)).map((end) => `edge ${edge.from}->${edge.to}: ${end}`),
      ),
      ...board.items.flatMap((item) => item.refs.filter((ref) => !nodes.has(ref)).map((ref) => `${item.id}: ${ref}`)),
      ...board.items.flatMap((item) =>
        item.kind === 'action-item'
          ? item.closes.filter((closed) => !items.has(closed)).map((closed) => `${item.id} closes ${closed}`)
          : [],
      ),
      ...board.traceability.flatMap((row) =>
        row.refs.filter((ref) => !nodes.has(ref)).map((ref) => `${row.id}: ${ref}`),
      ),
      ...board.context.rules.flatMap((rule) =>
        rule.refs.filter((ref) => !nodes.has(ref)).map((ref) => `${rule.id}: ${ref}`),
      ),
    ];
    expect(dangling).toEqual([]);
  });

  it('gives every node and item its own id', () => {
    const board = loadShipped(id);
    const ids = [...board.nodes.map((node) => node.id), ...board.items.map((item) => item.id)];
    const duplicates = ids.filter((entry, index) => ids.indexOf(entry) !== index);
    expect(duplicates).toEqual([]);
  });

  it('still has every item id listed in ids.txt (ids are stable; new ones may be added)', () => {
    const board = loadShipped(id);
    const listed = idsInFile(id);
    expect(listed.length).toBeGreaterThan(0);
    const present = new Set(board.items.map((item) => item.id));
    expect(listed.filter((entry) => !present.has(entry))).toEqual([]);
  });
});

describe('webshop-migration follows its sources', () => {
  const board = loadShipped('webshop-migration');
  const items = board.items;
  const ofKind = (kind: string) => items.filter((item) => item.kind === kind);
  const from = (document: string) => items.filter((item) => item.source.document === document);

  it('has the conflicts of 000 sections 1 and 3: 4 critical inconsistencies and 3 conflicting requirements', () => {
    const groups = items.flatMap((item) => (item.kind === 'conflict' ? [item.group] : []));
    expect(groups.filter((group) => group === 'critical-inconsistency')).toHaveLength(4);
    expect(groups.filter((group) => group === 'conflicting-requirement')).toHaveLength(3);
  });

  it('has the 5 missing assumptions, 5 documentation gaps, 5 risks and 3 validation prompts of 000', () => {
    expect(ofKind('assumption')).toHaveLength(5);
    expect(ofKind('documentation-gap')).toHaveLength(5);
    expect(ofKind('risk')).toHaveLength(5);
    expect(ofKind('validation-prompt')).toHaveLength(3);
    expect(ofKind('validation-prompt').map((item) => item.id)).toEqual(
      expect.arrayContaining(['vendor_independence_tradeoff', 'budget_clarification', 'cilium_learning_curve']),
    );
  });

  it('has the 14 prioritised action items of 000 section 7: 5 for week 1, 5 for weeks 2-4, 4 for months 2-3', () => {
    const bands = from('000').flatMap((item) => (item.kind === 'action-item' ? [item.priority] : []));
    expect(bands.filter((band) => band === 'week-1')).toHaveLength(5);
    expect(bands.filter((band) => band === 'weeks-2-4')).toHaveLength(5);
    expect(bands.filter((band) => band === 'months-2-3')).toHaveLength(4);
  });

  it('numbers the open questions of 002 exactly Q1 to Q44, without Q11, as the source does', () => {
    const numbers = items.flatMap((item) => (item.kind === 'open-question' ? [item.number] : [])).sort((a, b) => a - b);
    const expected = Array.from({ length: 44 }, (_, index) => index + 1).filter((number) => number !== 11);
    expect(numbers).toEqual(expected);
  });

  it('marks as blocking exactly the questions 002 section 12 calls critical for the start', () => {
    const blocking = items
      .flatMap((item) => (item.kind === 'open-question' && item.blocking ? [item.number] : []))
      .sort((a, b) => a - b);
    expect(blocking).toEqual([1, 5, 26, 31, 32, 33, 34, 43, 44]);
  });

  it('has the 8 decision rules of 001 section 12', () => {
    const rules = items.filter((item) => item.kind === 'decision-rule' && item.id.startsWith('rule_'));
    expect(rules.map((rule) => rule.id).sort()).toEqual([
      'rule_cni_plugin',
      'rule_container_registry',
      'rule_database_strategy',
      'rule_gitops_tool',
      'rule_infrastructure_as_code',
      'rule_ingress_controller',
      'rule_observability_stack',
      'rule_secrets_management',
    ]);
    for (const rule of rules) if (rule.kind === 'decision-rule') expect(rule.unless.length).toBeGreaterThan(0);
  });

  it('has the decision-tree inputs and logic of 001 section 15 and the traceability matrix of section 16', () => {
    expect(board.context.variables.map((variable) => variable.id)).toEqual(
      expect.arrayContaining([
        'kubernetes_experience',
        'budget_constraint',
        'vendor_independence_priority',
        'compliance_requirements',
        'team_maturity',
        'deployment_frequency',
        'service_count',
        'downtime_tolerance',
        'data_criticality',
      ]),
    );
    expect(board.context.rules.length).toBeGreaterThan(0);
    expect(board.traceability).toHaveLength(8);
    for (const row of board.traceability) expect(row.questions.length).toBeGreaterThan(0);
  });
});

describe('webshop-layer2 follows document 004', () => {
  const board = loadShipped('webshop-layer2');

  it('has the three decision-point questions of each of the eight capability sections', () => {
    const bySeries = new Map<string, number[]>();
    for (const item of board.items)
      if (item.kind === 'open-question')
        bySeries.set(item.series ?? '', [...(bySeries.get(item.series ?? '') ?? []), item.number]);
    const expected = new Map(Array.from({ length: 8 }, (_, index) => [`section_${index + 1}`, [1, 2, 3]]));
    expect(new Map([...bySeries].map(([series, numbers]) => [series, numbers.sort((a, b) => a - b)]))).toEqual(
      expected,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 11: classification and consistency, point by point.
// ---------------------------------------------------------------------------------------------

type Kind<K extends Item['kind']> = Extract<Item, { kind: K }>;

function itemOf<K extends Item['kind']>(board: Board, id: string, kind: K): Kind<K> {
  const found = board.items.find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  expect(found.kind, id).toBe(kind);
  return found as Kind<K>;
}

const notesOf = (item: Item, language: 'nl' | 'en' = 'en') => item.sourceNotes.map((note) => note[language]);
const idsOfKind = (board: Board, kind: Item['kind']) =>
  board.items
    .filter((item) => item.kind === kind)
    .map((item) => item.id)
    .sort();

describe('issue 11, point 1: decisions 002 already took are decisions, linked to the rules of 001', () => {
  const board = loadShipped('webshop-migration');
  /** Every tool decision of 002, and the "use X unless Y" rule of 001 §12 it applies, where there is one. */
  const RULE_OF: Record<string, string | undefined> = {
    decision_kubernetes_managed_dutch_provider: undefined,
    decision_iac_terraform: 'rule_infrastructure_as_code',
    decision_initial_cluster_sizing: undefined,
    decision_cni_cilium: 'rule_cni_plugin',
    decision_ingress_nginx: 'rule_ingress_controller',
    decision_no_service_mesh_day_one: undefined,
    decision_network_policies_day_one: undefined,
    decision_gitops_argo_cd: 'rule_gitops_tool',
    decision_ci_github_actions: undefined,
    decision_registry_harbor: 'rule_container_registry',
    decision_metrics_prometheus_grafana: 'rule_observability_stack',
    decision_logging_loki: 'rule_observability_stack',
    decision_uptime_monitoring: undefined,
    decision_secrets_eso_vault: 'rule_secrets_management',
    decision_image_scanning_trivy_harbor: undefined,
    decision_pod_security_restricted: undefined,
    decision_storage_csi_managed_disks: undefined,
    decision_database_managed_postgresql: 'rule_database_strategy',
    decision_backup_velero: undefined,
    decision_cache_valkey: undefined,
  };

  it('types all twenty decisions of 002 as decisions, each linked to its rule where 001 gives one', () => {
    expect(idsOfKind(board, 'decision')).toEqual(Object.keys(RULE_OF).sort());
    for (const [id, rule] of Object.entries(RULE_OF)) expect(itemOf(board, id, 'decision').rule, id).toBe(rule);
  });

  it("leaves the rule's exceptions to the rule: a decision with a rule has no conditions of its own", () => {
    const withOwn = board.items.filter(
      (item) => item.kind === 'decision' && item.rule !== undefined && item.revisitWhen.length > 0,
    );
    expect(withOwn.map((item) => item.id)).toEqual([]);
  });

  it('keeps every rule of 001 section 12 a decision rule, each applied by at least one decision', () => {
    const rules = idsOfKind(board, 'decision-rule');
    expect(rules.every((id) => id.startsWith('rule_'))).toBe(true);
    const applied = new Set(Object.values(RULE_OF));
    expect(rules.filter((id) => !applied.has(id))).toEqual([]);
  });

  it.each(SHIPPED)('fills no "unless" of a decision rule in %s with a remark instead of an exception', (id) => {
    const remark = /names no exception|noemt geen uitzondering|still open|open sta/i;
    const remarks = loadShipped(id).items.flatMap((item) =>
      item.kind === 'decision-rule' ? item.unless.filter((line) => remark.test(line.en) || remark.test(line.nl)) : [],
    );
    expect(remarks).toEqual([]);
  });

  it('names the open questions of the same 002 section a decision depends on, and lets the room confirm or revisit it', () => {
    for (const id of Object.keys(RULE_OF)) {
      const decision = itemOf(board, id, 'decision');
      for (const question of decision.dependsOn) {
        const depended = itemOf(board, question, 'open-question');
        expect(depended.source.document, `${id} -> ${question}`).toBe('002');
      }
      expect(decision.options.map((option) => option.id)).toEqual(['confirm', 'revisit']);
    }
    const sizing = itemOf(board, 'decision_initial_cluster_sizing', 'decision');
    expect(sizing.dependsOn).toContain('q5_resource_requirements');
    expect(sizing.revisitWhen).toEqual([]);
  });
});

describe('issue 11, point 2: what is not a recommendation in the sources has a kind that says what it is', () => {
  const migration = loadShipped('webshop-migration');
  const layer2 = loadShipped('webshop-layer2');

  it("keeps as recommendations on the migration board only 000's additional recommendations (section 6)", () => {
    expect(idsOfKind(migration, 'recommendation')).toEqual([
      'architecture_decision_records',
      'decision_rules_as_code',
      'quarterly_architecture_review',
    ]);
  });

  it("gives 002's success criteria, its next steps and 001's two checklists their own kinds", () => {
    const criteria = itemOf(migration, 'success_criteria', 'success-criteria');
    expect(criteria.successCriteria.map((row) => row.criterion.en)).toEqual([
      'Deployment downtime',
      'Incident detection',
      'Data recovery',
      'Vendor migration',
      'Developer self-service',
    ]);
    expect(itemOf(migration, 'next_steps_layer2', 'outlook').possibilities).toHaveLength(6);
    itemOf(migration, 'portability_validation_checklist', 'checklist');
    itemOf(migration, 'consistency_validation', 'checklist');
  });

  it('types the eight trade-off sections of 004 as what they are: six choice spaces and two strategy checklists', () => {
    expect(idsOfKind(layer2, 'choice-space')).toEqual([
      'chaos_engineering_choice_space',
      'cost_visibility_choice_space',
      'distributed_tracing_choice_space',
      'multi_region_architectural_choices',
      'policy_enforcement_choice_space',
      'service_mesh_choice_space',
    ]);
    for (const id of idsOfKind(layer2, 'choice-space'))
      expect(layer2.items.find((item) => item.id === id)!.options.filter((option) => option.recommended)).toEqual([]);
    itemOf(layer2, 'alerting_strategy_levels', 'checklist');
    itemOf(layer2, 'audit_strategy_components', 'checklist');
  });

  it("types all four decision rules of 004's conclusion as decision rules, and the Layer 3 outlook as an outlook", () => {
    for (const id of ['rule_start_simple', 'rule_one_at_a_time', 'rule_measure_impact', 'rule_exit_strategy'])
      itemOf(layer2, id, 'decision-rule');
    itemOf(layer2, 'layer3_outlook', 'outlook');
    // service_mesh_is_additive describes (004 §1 "does not replace"): a checklist since issue 23, point 5.
    expect(idsOfKind(layer2, 'recommendation').filter((id) => !id.startsWith('webshop_'))).toEqual([
      'multi_region_activate_in_layer3',
    ]);
  });
});

describe('issue 11, point 3: inconsistencies between the sources are shown', () => {
  const board = loadShipped('webshop-migration');
  const boardNotes = board.meta.sourceNotes.map((note) => note.en);

  it("notes on the board as a whole 000's 25 against 14 action items, 002's Priority naming and 001's 8 of 11 areas", () => {
    expect(boardNotes.some((note) => /25 action items/.test(note) && /lists 14/.test(note))).toBe(true);
    expect(boardNotes.some((note) => /"Priority 0"/.test(note))).toBe(true);
    expect(boardNotes.some((note) => /8 rows for the 11 requirement areas/.test(note))).toBe(true);
  });

  it('notes on every improvement point of 000 that section 7 gives no action item for', () => {
    const closed = new Set(board.items.flatMap((item) => (item.kind === 'action-item' ? item.closes : [])));
    const points = board.items.filter((item) => item.source.document === '000' && /^[1-6]\./.test(item.source.section));
    expect(points).toHaveLength(25);
    const open = points.filter((item) => !closed.has(item.id));
    expect(open).toHaveLength(11);
    const unnoted = open.filter(
      (item) => !notesOf(item).some((note) => /\(section 7\) contain no action item/.test(note)),
    );
    expect(unnoted.map((item) => item.id)).toEqual([]);
  });

  it('notes where 000 contradicts 001: sections 4.4 and 5.4, who approves, and the CNI for a team without experience', () => {
    expect(notesOf(itemOf(board, 'resource_sizing_guidance_missing', 'documentation-gap')).join(' ')).toMatch(
      /documents 001 and 002 do not\s+say so/,
    );
    expect(notesOf(itemOf(board, 'no_early_cost_monitoring', 'risk')).join(' ')).toMatch(/document 001 \(§9\)/);
    expect(notesOf(itemOf(board, 'gitops_self_service_vs_approval_gates', 'conflict')).join(' ')).toMatch(
      /"Dev submits a pull request, Ops approves"/,
    );
    expect(notesOf(itemOf(board, 'team_maturity_vs_cilium', 'conflict')).join(' ')).toMatch(/001 \(§15\)/);
    expect(notesOf(itemOf(board, 'rule_cni_plugin', 'decision-rule')).join(' ')).toMatch(/Document 000 \(§1\.4\)/);
  });

  it('marks in the traceability matrix only the citation that means another question (Q15), not shorter wordings', () => {
    const flagged = board.traceability.flatMap((row) =>
      row.questions.filter((cited) => cited.mismatch).map((cited) => cited.number),
    );
    expect(flagged).toEqual([15]);
    const cited = board.traceability.flatMap((row) => row.questions);
    expect(cited.filter((question) => !question.mismatch).length).toBeGreaterThan(10);
  });
});

describe('issue 11, point 4: meanings as the sources have them', () => {
  const migration = loadShipped('webshop-migration');
  const layer2 = loadShipped('webshop-layer2');

  it('recommends none of the three mitigations of 000 §5.3: the recommendation is manual chaos tests in Layer 1', () => {
    const risk = itemOf(migration, 'no_resilience_testing', 'risk');
    expect(risk.options.filter((option) => option.recommended)).toEqual([]);
    expect(risk.recommendation?.en).toMatch(/plan manual chaos tests in\s+Layer 1/);
  });

  it("asks in Layer 2's readiness question what 002 still asks (Q31-34) instead of stating it as a fact", () => {
    const question = itemOf(layer2, 'multi_region_q2_architecture_ready', 'open-question');
    expect(question.criteria.filter((criterion) => /in place|in orde/i.test(criterion.en + criterion.nl))).toEqual([]);
    expect(notesOf(question).join(' ')).toMatch(/Q31-Q34/);
  });

  it('lets the CNI rule of 001 §15 read "budget low" as little money, not as a light budget constraint', () => {
    const budget = migration.context.variables.find((variable) => variable.id === 'budget_constraint')!;
    expect(budget.label.en).toBe('Available budget');
    expect(budget.label.nl).not.toMatch(/randvoorwaarde/i);
    const cni = migration.context.rules.find((rule) => rule.id === 'cni_decision')!;
    expect(cni.when.budget_constraint).toEqual(['low']);
  });

  it('offers for Q2 only upgrade frequencies, which exclude each other; staying at N-1 is a separate check', () => {
    const q2 = itemOf(migration, 'q2_kubernetes_version_strategy', 'open-question');
    expect(q2.options.map((option) => option.id)).toEqual([
      'upgrade_quarterly',
      'upgrade_every_six_months',
      'upgrade_ad_hoc_security_patches',
    ]);
    expect(q2.checklist.map((line) => line.en)).toEqual([expect.stringMatching(/N-1/)]);
  });

  // Issue 23 (point 4) changed how these notes quote the Layer 0 case: its questions without "Q" numbers,
  // and the SAFe note no longer sets "not when downtime is allowed" against sprint boundaries.
  it('quotes the Layer 0 case as it is: its last cutover question is about rollback speed', () => {
    const cutover = notesOf(itemOf(migration, 'roadmap_phase_5_production_cutover', 'action-item')).join(' ');
    expect(cutover).toMatch(/How fast must a rollback be\s+possible: within an hour, within a day\?/);
  });

  it("notes that 004's verdicts argue from a multi-tenant cluster and a growing team the webshop does not have", () => {
    for (const id of ['webshop_cost_visibility_probably_yes', 'webshop_policy_enforcement_probably_yes'])
      expect(notesOf(itemOf(layer2, id, 'recommendation')).join(' '), id).toMatch(/about 10 people/);
  });
});

describe('issue 11, point 5: references', () => {
  it("cites 000 §1.4 for the training plan in phase 4's note", () => {
    const phase = itemOf(loadShipped('webshop-migration'), 'roadmap_phase_4_staging_testing', 'action-item');
    const notes = [...notesOf(phase), ...notesOf(phase, 'nl')].join(' ');
    expect(notes).toMatch(/000 \(§1\.4\) asks for a training plan/);
    expect(notes).toMatch(/000 \(§1\.4\) vraagt een trainingsplan/);
    expect(notes).not.toMatch(/§1\.2/);
  });
});

describe('issue 11, point 6: the graph says what the sources say', () => {
  const migration = loadShipped('webshop-migration');
  const layer2 = loadShipped('webshop-layer2');
  const edge = (board: Board, from: string, to: string) =>
    board.edges.filter((candidate) => candidate.from === from && candidate.to === to);

  it('shows Cilium as a trade-off against less operational overhead, not as following from it', () => {
    expect(edge(migration, 'pc_reduced_operational_overhead', 'tool_cilium').map((found) => found.kind)).toEqual([
      'trade-off',
    ]);
  });

  it('starts the security chain from the constraint "no developer production access", as 001 §5 does', () => {
    const into = migration.edges.filter((found) => found.to === 'tr_gitops_only_rbac' && found.kind === 'leads-to');
    expect(into.map((found) => found.from)).toEqual(['constraint_no_developer_prod_access']);
  });

  it('does not lead encryption in transit to "no service mesh"; deferring the mesh constrains it instead', () => {
    expect(edge(migration, 'pc_encryption_in_transit', 'tool_no_service_mesh')).toEqual([]);
    expect(edge(migration, 'tool_no_service_mesh', 'pc_encryption_in_transit').map((found) => found.kind)).toEqual([
      'constrains',
    ]);
  });

  it('puts every Layer 2 trigger in Layer 2 and gives Layer 1 network policies at L3/L4 and L7', () => {
    const misplaced = layer2.nodes.filter(
      (node) => node.type === 'trigger' && node.id !== 'trg_layer1_stable' && node.layer !== 'layer2',
    );
    expect(misplaced.map((node) => node.id)).toEqual([]);
    const policies = layer2.nodes.find((node) => node.id === 'l1_network_policies')!;
    expect(policies.label.en).toMatch(/L3\/L4 and L7/);
  });
});

describe('issue 11, point 7: one Dutch word per concept (with glossary.test.ts)', () => {
  it('gives the texts the review found identical in both languages their own Dutch', () => {
    const texts = SHIPPED.flatMap((id) => textsOf(loadShipped(id)));
    const named = [
      'Non-goal: multi-region',
      'Policy enforcement (low trust)',
      'Single point of failure: DNS',
      'Read-heavy workload',
    ];
    const stillSame = texts.filter((text) => named.includes(text.en) && text.nl === text.en).map((text) => text.path);
    expect(stillSame).toEqual([]);
    expect(texts.filter((text) => named.includes(text.en)).length).toBeGreaterThanOrEqual(named.length);
  });
});

describe("issue 11, point 8: facts from outside the sources are marked as the authors' additions", () => {
  const OUTSIDE_FACTS = [
    /\b(American|French|Amerikaans|Frans)\b/,
    /incubat/i,
    /single vendor|één leverancier/i,
    /key management service|dienst voor sleutelbeheer/i,
    /ECS is|that is not Kubernetes|die geen Kubernetes is/,
  ];
  const boards = SHIPPED.map((id) => [id, loadShipped(id)] as const);

  it('states those facts only in the notes of the authors', () => {
    const elsewhere = boards.flatMap(([id, board]) =>
      textsOf({ ...board, items: board.items.map((item) => ({ ...item, authorNotes: [] })) })
        .filter((text) => OUTSIDE_FACTS.some((fact) => fact.test(text.nl) || fact.test(text.en)))
        .map((text) => `${id}${text.path}`),
    );
    expect(elsewhere).toEqual([]);
  });

  it("keeps each of them, marked as the authors' addition, where the review found it", () => {
    const authored = (id: string, item: string) =>
      boards
        .find(([board]) => board === id)![1]
        .items.find((candidate) => candidate.id === item)!
        .authorNotes.map((note) => note.en)
        .join(' ');
    expect(authored('webshop-migration', 'q1_managed_kubernetes_provider')).toMatch(/DigitalOcean is American/);
    expect(authored('webshop-layer2', 'chaos_engineering_choice_space')).toMatch(/incubating since 2022/);
    expect(authored('webshop-migration', 'decision_ci_github_actions')).toMatch(/single vendor/);
    expect(authored('webshop-migration', 'rule_secrets_management')).toMatch(/key\s+management service/);
    expect(authored('webshop-migration', 'portability_validation_checklist')).toMatch(/ECS/);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 23: the last mile of fidelity, point by point.
// ---------------------------------------------------------------------------------------------

const allNotes = (item: Item) => [...notesOf(item), ...notesOf(item, 'nl')].join(' ');

describe('issue 23, point 1: the two real mismatches between the sources are shown', () => {
  const migration = loadShipped('webshop-migration');
  const layer2 = loadShipped('webshop-layer2');

  it("notes on 000 §5.2's risk, accepted until Layer 2, that document 004 keeps one region in Layer 2 and moves multi-region to Layer 3", () => {
    const risk = itemOf(migration, 'managed_db_single_region', 'risk');
    expect(notesOf(risk).join(' ')).toMatch(/004 \(§6[^)]*\)[^.]*single region in Layer 2[^.]*Layer 3/);
    expect(notesOf(risk, 'nl').join(' ')).toMatch(/004 \(§6[^)]*\)[^.]*één regio[^.]*Laag 3/);
    const outlook = itemOf(migration, 'next_steps_layer2', 'outlook');
    expect(notesOf(outlook).join(' ')).toMatch(/004 \(§6\)[^.]*single region in Layer 2[^.]*Layer 3/);
    const verdict = itemOf(layer2, 'webshop_multi_region_not_now', 'recommendation');
    expect(notesOf(verdict).join(' ')).toMatch(/000 \(§5\.2\)[^.]*revisits it "in Layer 2/);
    expect(notesOf(verdict, 'nl').join(' ')).toMatch(/000 \(§5\.2\)[^.]*"in Laag 2/);
  });

  it('notes on Q42 ("can be decided later") that 000 §1.4, §7 and §8 make the CNI choice depend on the consultant budget', () => {
    const q42 = itemOf(migration, 'q42_external_consultant', 'open-question');
    for (const language of ['en', 'nl'] as const) {
      const notes = notesOf(q42, language).join(' ');
      expect(notes, language).toMatch(/000/);
      for (const section of ['§1.4', '§7', '§8']) expect(notes, `${language} ${section}`).toContain(section);
      expect(notes, language).toMatch(/CNI/);
    }
    // The Layer 0 case may still be named, but not instead of 000.
    expect(notesOf(q42)[0]).toMatch(/^002 §12[^.]*document 000/);
  });
});

describe('issue 23, point 2: no flags on mere wording, which would hide the real mismatches', () => {
  const migration = loadShipped('webshop-migration');

  it('flags neither the hyperscalers in the portability checklist (001 §4 and 002 §1.1 both reject them) nor Velero as a fallback nor Crossplane', () => {
    const wordingOnly: [string, Item['kind'], RegExp][] = [
      ['portability_validation_checklist', 'checklist', /EKS|AKS|hyperscaler/i],
      ['decision_backup_velero', 'decision', /fallback|terugvaloptie/i],
      ['decision_iac_terraform', 'decision', /Crossplane/],
    ];
    const flagged = wordingOnly.filter(([id, kind, wording]) => wording.test(allNotes(itemOf(migration, id, kind))));
    expect(flagged.map(([id]) => id)).toEqual([]);
  });

  it("gives the decisions 001 gives a rationale for that rationale, citing 001, and no 'no rationale' note", () => {
    const RATIONALE_IN_001: Record<string, string> = {
      decision_network_policies_day_one: '§5',
      decision_image_scanning_trivy_harbor: '§5',
      decision_pod_security_restricted: '§5',
      decision_ci_github_actions: '§6',
      decision_uptime_monitoring: '§2',
    };
    for (const [id, section] of Object.entries(RATIONALE_IN_001)) {
      const decision = itemOf(migration, id, 'decision');
      expect(decision.rationale?.en, id).toContain(`001 (${section})`);
      expect(decision.rationale?.nl, id).toContain(`001 (${section})`);
      expect(allNotes(decision), id).not.toMatch(/no rationale|geen onderbouwing/i);
    }
    // Valkey is the one decision neither document gives a reason for.
    const valkey = itemOf(migration, 'decision_cache_valkey', 'decision');
    expect(valkey.rationale).toBeUndefined();
    expect(notesOf(valkey).join(' ')).toMatch(/neither 002 \(§6\.4\) nor 001/i);
  });

  it('names the source of "the original version of 002" (the clean original), declared as a document of the board', () => {
    const note = migration.meta.sourceNotes.find((candidate) => /"Priority 0"/.test(candidate.en));
    expect(note?.en).toMatch(/version of 002/);
    if (!note) return;
    const declared = migration.meta.documents.map((document) => document.id);
    expect(declared).toContain('LAYER_1_WEBSHOP_CASE.nl.md');
    expect(note.en).toContain('LAYER_1_WEBSHOP_CASE.nl.md');
    expect(note.nl).toContain('LAYER_1_WEBSHOP_CASE.nl.md');
  });
});

/** How a text names a section of the Layer 0 case, per language. */
const LAYER0_SECTION = {
  en: String.raw`(?:§\d+(?:\.\d+)*|hard constraint \d|primary goal \d|secondary goals|non-goal \d|risk \d|accepted trade-offs|fundamental principles)`,
  nl: String.raw`(?:§\d+(?:\.\d+)*|harde randvoorwaarde \d|primair doel \d|secundaire doelen|uitgesloten doel \d|risico \d|geaccepteerde trade-offs|fundamentele principes)`,
};
const LAYER0_CASE = { en: String.raw`Layer 0 case(?:'s)?`, nl: String.raw`Laag 0-case` };

/** The documents a text cites: 000 to 004 by number, the Layer 0 case, and files by name. */
function citedDocuments(text: string): string[] {
  const cited = [...text.matchAll(/(?<![\d.,])\b00[0-4]\b(?![.,]\d)/g)].map((match) => match[0]);
  if (/Layer 0 case|Laag 0-case/.test(text)) cited.push('layer0-case');
  cited.push(...[...text.matchAll(/[\w-]+(?:\.nl)?\.(?:json|md)\b/g)].map((match) => match[0]));
  return cited;
}

describe('issue 23, point 3: where the Layer 0 case and other documents are used, the board says so and where', () => {
  const boards = SHIPPED.map((id) => [id, loadShipped(id)] as const);

  it.each(['en', 'nl'] as const)('names the section of the Layer 0 case wherever a %s text uses it', (language) => {
    const uncited = new RegExp(`${LAYER0_CASE[language]}(?!,? \\(?${LAYER0_SECTION[language]})`, 'i');
    const found = boards.flatMap(([id, board]) =>
      textsOf(board)
        .filter((text) => uncited.test(text[language]))
        .map(
          (text) =>
            `${id}${text.path}: ${uncited.exec(text[language])![0]}${text[language].split(uncited)[1]!.slice(0, 40)}`,
        ),
    );
    expect(found).toEqual([]);
  });

  it('calls the Layer 0 case by that one name', () => {
    const other =
      /Layer 0 document|Laag 0-document|according to Layer 0\b|volgens Laag 0\b|in Layer 0 itself|in Laag 0 zelf/i;
    const found = boards.flatMap(([id, board]) =>
      textsOf(board)
        .filter((text) => other.test(text.en) || other.test(text.nl))
        .map((text) => `${id}${text.path}`),
    );
    expect(found).toEqual([]);
  });

  it.each(SHIPPED)('declares in %s every document its texts cite, webshop_case.json included', (id) => {
    const board = loadShipped(id);
    const declared = new Set(board.meta.documents.map((document) => document.id));
    const cited = new Set([
      ...textsOf(board).flatMap((text) => [...citedDocuments(text.en), ...citedDocuments(text.nl)]),
      ...board.items.map((item) => item.source.document),
      ...board.nodes.flatMap((node) => (node.source ? [node.source.document] : [])),
    ]);
    expect([...cited].filter((document) => !declared.has(document)).sort()).toEqual([]);
  });

  it("no longer declares 000's conflicts settled by the Layer 0 case, but says what its named sections say", () => {
    const migration = loadShipped('webshop-migration');
    const verdict = /settled|beslecht|coincides|samenvalt|valt [^.]* samen/i;
    for (const id of [
      'zero_downtime_vs_db_migrations',
      'budget_vs_managed_services',
      'no_prod_access_vs_troubleshooting',
    ]) {
      const notes = allNotes(itemOf(migration, id, 'conflict'));
      expect(notes, id).not.toMatch(verdict);
      expect(notes, id).toMatch(new RegExp(`${LAYER0_CASE.en},? \\(?${LAYER0_SECTION.en}`));
    }
  });

  it("marks as the authors' addition, wherever a source calls Cilium Service Mesh beta, that it is stable since Cilium 1.12", () => {
    const layer2 = loadShipped('webshop-layer2');
    const callsItBeta = layer2.items.filter((item) =>
      textsOf({ ...item, authorNotes: [] }).some((text) => /\bbeta\b/i.test(text.en)),
    );
    expect(callsItBeta.length).toBeGreaterThan(0);
    for (const item of callsItBeta) {
      expect(item.authorNotes.map((note) => note.en).join(' '), item.id).toMatch(/Cilium 1\.12/);
      expect(item.authorNotes.map((note) => note.nl).join(' '), item.id).toMatch(/Cilium 1\.12/);
    }
    const stated = textsOf({ ...layer2, items: layer2.items.map((item) => ({ ...item, authorNotes: [] })) }).filter(
      (text) => /1\.12|generally available|algemeen beschikbaar/i.test(text.en + text.nl),
    );
    expect(stated.map((text) => text.path)).toEqual([]);
  });
});

/** A text's sentences, with what it quotes taken out. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/"[^"]*"/g, '""')
    .split(/(?<=[.;?!])\s+/)
    .filter((sentence) => sentence.trim() !== '');
}

describe('issue 23, point 4: meanings as the sources have them', () => {
  const migration = loadShipped('webshop-migration');

  it('does not set the Layer 0 goal "not when downtime is allowed" against the sprint boundaries of the SAFe conflict', () => {
    const safe = itemOf(migration, 'safe_vs_gitops_velocity', 'conflict');
    expect(allNotes(safe)).not.toMatch(/downtime is allowed|downtime mag/);
    expect(notesOf(safe).join(' ')).toMatch(/Layer 0 case \(§12\.3\)[^.]*per sprint[^.]*risk 4/);
    expect(notesOf(safe, 'nl').join(' ')).toMatch(/Laag 0-case \(§12\.3\)[^.]*per sprint[^.]*risico 4/);
  });

  it.each(SHIPPED)("never gives the Layer 0 case's own questions Q numbers, which are the board's (%s)", (id) => {
    const mixed = textsOf(loadShipped(id)).flatMap((text) =>
      (['en', 'nl'] as const).flatMap((language) =>
        sentencesOf(text[language])
          .filter((sentence) => new RegExp(LAYER0_CASE[language]).test(sentence) && /\bQ\d/.test(sentence))
          .map((sentence) => `${text.path}.${language}: ${sentence}`),
      ),
    );
    expect(mixed).toEqual([]);
  });

  it("keeps 000 §1.4's consultant condition with the decision tree's Cilium recommendation", () => {
    const cni = migration.context.rules.find((rule) => rule.id === 'cni_decision')!;
    for (const language of ['en', 'nl'] as const) {
      const said = [cni.rationale[language], ...cni.alternatives.map((alternative) => alternative[language])].join(' ');
      expect(said, language).toMatch(/000 \(§1\.4\)/);
      expect(said, language).toMatch(/consultant/);
      expect(said, language).toMatch(/Calico/);
    }
  });

  it("cites the Layer 0 case's hard constraints by the same number in Dutch and English", () => {
    const numbers = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]).sort();
    const differing = SHIPPED.flatMap((id) =>
      textsOf(loadShipped(id))
        .filter(
          (text) =>
            numbers(text.en, /hard constraints? (\d)/gi).join() !==
            numbers(text.nl, /harde randvoorwaarden? (\d)/gi).join(),
        )
        .map((text) => `${id}${text.path}`),
    );
    expect(differing).toEqual([]);
    const maturity = migration.nodes.find((node) => node.id === 'constraint_team_maturity')!;
    expect(maturity.detail?.en).toMatch(/hard constraint 7/);
    expect(maturity.detail?.nl).toMatch(/harde randvoorwaarde 7/);
  });
});

describe('issue 23, point 5: the graph draws only what a source says, with the kind it says', () => {
  const migration = loadShipped('webshop-migration');
  const layer2 = loadShipped('webshop-layer2');
  const between = (board: Board, a: string, b: string) =>
    board.edges.filter((edge) => (edge.from === a && edge.to === b) || (edge.from === b && edge.to === a));

  it('has no budget edge to GitHub Actions (001 §9 gives none, and there is no CI/CD decision rule)', () => {
    expect(between(migration, 'constraint_budget', 'tool_github_actions')).toEqual([]);
  });

  it("has no trade-off between GitOps from day 1 and team maturity; the Layer 0 case's accepted trade-off stays, cited, with the principle", () => {
    expect(between(migration, 'principle_gitops_from_day_one', 'constraint_team_maturity')).toEqual([]);
    const principle = migration.nodes.find((node) => node.id === 'principle_gitops_from_day_one')!;
    expect(principle.detail?.en).toMatch(/Layer 0 case \(accepted trade-offs\)[^.]*learning curve/);
    expect(principle.detail?.nl).toMatch(/Laag 0-case \(geaccepteerde trade-offs\)[^.]*leercurve/);
  });

  it('types the Layer 2 prerequisite "wait while Layer 1 is not stable" as constraining the capability', () => {
    const prerequisites = layer2.edges.filter(
      (edge) => edge.from === 'trg_layer1_stable' && /^Prerequisite/.test(edge.label?.en ?? ''),
    );
    expect(prerequisites.length).toBeGreaterThanOrEqual(2);
    expect(prerequisites.filter((edge) => edge.kind !== 'constrains').map((edge) => edge.to)).toEqual([]);
  });

  it('types "a service mesh replaces nothing from Layer 1" (004 §1) as the checklist it describes, its first lines kept in place', () => {
    const additive = itemOf(layer2, 'service_mesh_is_additive', 'checklist');
    // Stored sessions tick checklist lines by position, so the two lines it had keep theirs.
    expect(additive.checklist.slice(0, 2).map((line) => line.en)).toEqual([
      'Network policies remain relevant (defence in depth)',
      'Cilium CNI remains; the service mesh is additive',
    ]);
    expect(additive.checklist.length).toBeGreaterThan(2);
  });
});

describe("issue 23, point 6: Layer 2's action items are timed by Layer 2's own stage, not by the migration's week 1", () => {
  const layer2 = loadShipped('webshop-layer2');
  const actions = layer2.items.flatMap((item) => (item.kind === 'action-item' ? [item] : []));

  it("puts none of them in a band or phase of the migration, and each in 004 §6's stage 'prepare now, do not activate'", () => {
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) {
      expect([action.id, action.priority, action.phase]).toEqual([action.id, undefined, undefined]);
      expect(action.stage?.layer, action.id).toBe('layer2');
      expect(action.stage?.title.en, action.id).toBe('Prepare now, do not activate');
      expect(action.stage?.title.nl, action.id).toBe('Nu voorbereiden, niet activeren');
    }
  });

  it('no longer explains an invented week-1 band in an author note', () => {
    const explained = actions.filter((action) => action.authorNotes.some((note) => /week 1/i.test(note.en)));
    expect(explained.map((action) => action.id)).toEqual([]);
  });
});
