import { join } from 'node:path';
import type { AuditEvent } from '../../shared/session/events.ts';
import { newOutcome, type Outcome, type Session } from '../../shared/session/schema.ts';
import type { Language } from '../../shared/text.ts';
import { loadPack } from '../core/packs/load.ts';
import type { ReportInput } from '../core/reports/build.ts';

/** A board with every part a report shows, and a session on it with fixed ids and times. */
export const REPORT_PACK = join(import.meta.dirname, '..', 'core', 'reports', 'fixtures', 'report-board');

const pack = loadPack(REPORT_PACK);
if (!pack.ok) throw new Error('the report fixture pack must load');
export const reportBoard = pack.board;

const SESSION_ID = '11111111-1111-4111-8111-111111111111';
const PREVIOUS_ID = '00000000-0000-4000-8000-000000000000';

export function fixtureSession(overrides: Partial<Session> = {}): Session {
  return {
    id: SESSION_ID,
    boardId: reportBoard.meta.id,
    boardHash: pack.ok ? pack.hash : '',
    title: 'Kwartaalreview Q1',
    date: '2027-01-15',
    facilitator: 'Anouk de Vries',
    participants: ['Bram', 'Chris'],
    language: 'nl',
    createdAt: '2027-01-15T09:00:00.000Z',
    closedAt: null,
    deletedAt: null,
    previousSessionId: PREVIOUS_ID,
    lastItemId: null,
    summary: '',
    ...overrides,
  };
}

function outcome(itemId: string, fields: Partial<Outcome>, sessionId = SESSION_ID): Outcome {
  return { ...newOutcome(sessionId, itemId, '2027-01-15T10:00:00.000Z'), ...fields };
}

export function fixtureOutcomes(): Outcome[] {
  return [
    outcome('decision_database', {
      status: 'decided',
      chosenOption: 'confirm',
      rationale: 'Het team beheert geen databases; de provider doet de back-ups.',
      owner: 'Ops',
      dueDate: '2027-03-31',
      reviewDate: '2027-06-30',
      checklist: { '0': true },
      votes: { Bram: 'confirm', Chris: 'revisit' },
      timeSpentSeconds: 720,
      updatedAt: '2027-01-15T10:12:00.000Z',
    }),
    outcome('risk_single_region', {
      status: 'escalated',
      chosenOption: 'second_region',
      rationale: 'Kosten eerst voorleggen aan de directie.',
      owner: 'CTO',
      timeSpentSeconds: 300,
    }),
    outcome('choice_backup_tool', {
      status: 'deferred',
      rationale: 'Wacht op de proef met pgBackRest.',
      reviewDate: '2027-04-01',
    }),
    outcome('action_second_region', { status: 'decided', owner: 'Architect Jan', dueDate: '2027-01-22' }),
  ];
}

function previousOutcomes(): Outcome[] {
  return [
    outcome('decision_database', { status: 'deferred', owner: 'Ops' }, PREVIOUS_ID),
    outcome('risk_single_region', { status: 'open' }, PREVIOUS_ID),
  ];
}

const recorded = (
  id: number,
  actor: string,
  after: Outcome,
  type: 'outcome.recorded' | 'outcome.voted',
): AuditEvent => ({
  id,
  sessionId: SESSION_ID,
  at: `2027-01-15T10:${String(id).padStart(2, '0')}:00.000Z`,
  actor,
  type,
  itemId: after.itemId,
  before: null,
  after,
  refEventId: null,
  undone: false,
});

export function fixtureEvents(): AuditEvent[] {
  const [decision, risk] = fixtureOutcomes();
  return [
    {
      id: 1,
      sessionId: SESSION_ID,
      at: '2027-01-15T09:00:00.000Z',
      actor: 'Anouk de Vries',
      type: 'session.created',
      itemId: null,
      refEventId: null,
      before: null,
      after: fixtureSession(),
      undone: false,
    },
    recorded(
      2,
      'Bram',
      { ...newOutcome(SESSION_ID, 'decision_database', ''), votes: { Bram: 'confirm' } },
      'outcome.voted',
    ),
    recorded(3, 'Anouk de Vries', decision!, 'outcome.recorded'),
    recorded(4, 'Anouk de Vries', risk!, 'outcome.recorded'),
  ];
}

/** The whole input of a report on the fixture session; tests change what they need. */
export function fixtureReportInput(language: Language = 'nl', overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    board: reportBoard,
    boardHash: pack.ok ? pack.hash : '',
    session: fixtureSession(),
    outcomes: fixtureOutcomes(),
    events: fixtureEvents(),
    settings: { decisionContext: { team_size: 'small' } },
    previous: {
      session: fixtureSession({
        id: PREVIOUS_ID,
        title: 'Kwartaalreview Q4',
        date: '2026-10-15',
        previousSessionId: null,
      }),
      outcomes: previousOutcomes(),
    },
    language,
    options: { includeUndecided: false, omitSections: [] },
    generatedAt: '2027-01-15T12:00:00.000Z',
    ...overrides,
  };
}
