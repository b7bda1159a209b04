import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Board } from '../../../shared/board/schema.ts';
import { RESOURCES_DIR } from '../testing.ts';
import { loadPack } from './load.ts';

const SHIPPED = ['webshop-migration', 'webshop-layer2'] as const;

function boardDir(id: string): string {
  return join(RESOURCES_DIR, 'boards', id);
}

function loadShipped(id: string): Board {
  const result = loadPack(boardDir(id));
  if (!result.ok) throw new Error(`${id} does not load:\n${result.errors.map((error) => error.message).join('\n')}`);
  return result.board;
}

interface Text {
  path: string;
  nl: string;
  en: string;
}

/** Every `{ nl, en }` pair anywhere in the board, with where it is. */
function textsOf(value: unknown, path = ''): Text[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => textsOf(entry, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && keys.includes('nl') && keys.includes('en'))
    return [{ path, nl: String(record.nl), en: String(record.en) }];
  const at = typeof record.id === 'string' ? `${path}{${record.id}}` : path;
  return keys.flatMap((key) => textsOf(record[key], `${at}.${key}`));
}

/** Identical Dutch and English is fine for a name or a short technical term ("Argo CD", "SLA", "Read-heavy workload"). */
const MAX_SHARED_TEXT = 40;

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

  it('has Dutch and English for every text, and they differ unless the text is a short name or term', () => {
    const board = loadShipped(id);
    const texts = textsOf(board);
    expect(texts.length).toBeGreaterThan(100);
    const empty = texts.filter((text) => text.nl.trim() === '' || text.en.trim() === '').map((text) => text.path);
    expect(empty).toEqual([]);
    const untranslated = texts
      .filter((text) => text.nl.trim() === text.en.trim() && text.nl.length > MAX_SHARED_TEXT)
      .map((text) => `${text.path}: ${text.nl}`);
    expect(untranslated).toEqual([]);
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
