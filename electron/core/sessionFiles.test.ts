import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, newMiniSession, useMiniCore } from '../testing/miniCore.ts';

const ITEM = 'deploy_tool_choice';
const mini = useMiniCore();
/** A second app on a data folder of its own, to import into. */
const other = useMiniCore();

const newSession = () => newMiniSession(mini.core);

/** A session with a decision, a vote, an undo and a redo, exported as a parsed session file. */
async function exportedFile() {
  const session = await newSession();
  await call(mini.core, 'outcomes.record', {
    sessionId: session.id,
    itemId: ITEM,
    changes: { status: 'decided', chosenOption: 'argo_cd', rationale: 'Team knows it' },
  });
  await call(mini.core, 'outcomes.vote', {
    sessionId: session.id,
    itemId: ITEM,
    participant: 'Bram',
    optionId: 'argo_cd',
  });
  await call(mini.core, 'outcomes.undo', { sessionId: session.id });
  await call(mini.core, 'outcomes.redo', { sessionId: session.id });
  await call(mini.core, 'sessions.saveSetting', {
    sessionId: session.id,
    setting: { key: 'agenda', value: { order: [ITEM], dropped: [] } },
  });
  const file = await call(mini.core, 'sessions.export', { sessionId: session.id });
  return { session, file, json: JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')) };
}

function importJson(json: unknown) {
  const base64 = Buffer.from(JSON.stringify(json)).toString('base64');
  return other.core.dispatch('sessions.import', { file: { name: 'session.json', base64 } });
}

describe('session files', () => {
  it('round-trip a session with its outcomes, events and board version into a fresh data folder', async () => {
    const { session, file } = await exportedFile();
    expect(file.fileName).toBe('2026-09-30-q3-review-session.json');
    const imported = await call(other.core, 'sessions.import', { file: { name: file.fileName, base64: file.base64 } });
    // A fresh data folder has no session with its id: the id travels, and the import says it did.
    expect(imported).toMatchObject({ id: session.id, idChanged: false });
    expect(imported).toMatchObject({
      title: 'Q3 review',
      boardHash: session.boardHash,
      participants: ['Bram', 'Chris'],
    });
    const [outcome] = await call(other.core, 'outcomes.list', { sessionId: imported.id });
    expect(outcome).toMatchObject({ status: 'decided', rationale: 'Team knows it', votes: { Bram: 'argo_cd' } });
    const events = await call(other.core, 'events.list', { sessionId: imported.id });
    expect(events.map((event) => [event.type, event.actor])).toEqual([
      ['session.created', 'Anouk'],
      ['outcome.recorded', 'Anouk'],
      ['outcome.voted', 'Bram'],
      ['outcome.undone', 'Anouk'],
      ['outcome.redone', 'Anouk'],
      // Arranging today's agenda is a change to the meeting plan, audited like any other.
      ['session.planned', 'Anouk'],
      ['session.imported', 'Anouk'],
    ]);
    // An undo and a redo still point at the change they reversed, under its new id.
    const vote = events.find((event) => event.type === 'outcome.voted')!;
    expect(events.filter((event) => event.refEventId !== null).map((event) => event.refEventId)).toEqual([
      vote.id,
      vote.id,
    ]);
    expect(await call(other.core, 'sessions.settings', { sessionId: imported.id })).toEqual({
      agenda: { order: [ITEM], dropped: [] },
    });
    expect(await call(other.core, 'outcomes.undoState', { sessionId: imported.id })).toEqual({
      canUndo: false,
      canRedo: false,
    });
  });

  it('accepts a file exported before board hashes were canonical, and files its board under today’s hash', async () => {
    const { session, json } = await exportedFile();
    json.board.hash = createHash('sha256').update(JSON.stringify(json.board.content)).digest('hex');
    const result = await importJson(json);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ boardHash: session.boardHash });
  });

  type Breakage = [string, (json: SessionJson) => void, RegExp];
  type SessionJson = {
    board: { hash: string; content: { meta: { title: { en: string } } } };
    session: { participants: string[] };
    outcomes: Record<string, unknown>[];
    events: Record<string, unknown>[];
    settings: { agenda: { order: string[]; dropped: string[] } };
  };
  const breakages: Breakage[] = [
    [
      'a board that was changed',
      (json) => (json.board.content.meta.title.en = 'Tampered'),
      /does not match its fingerprint: the file was changed/,
    ],
    ['an unknown event type', (json) => (json.events[1]!.type = 'outcome.deleted'), /events\.1\.type/],
    [
      'two outcomes for one item',
      (json) => json.outcomes.push({ ...json.outcomes[0] }),
      /outcomes\.1\.itemId: A second/,
    ],
    ['an option the board lacks', (json) => (json.outcomes[0]!.chosenOption = 'jenkins'), /outcomes\.0\.chosenOption/],
    [
      'a vote by someone who is not a participant',
      (json) => (json.outcomes[0]!.votes = { Mallory: 'argo_cd' }),
      /outcomes\.0\.votes\.Mallory/,
    ],
    [
      'a vote for an unknown option',
      (json) => (json.outcomes[0]!.votes = { Bram: 'nope' }),
      /outcomes\.0\.votes\.Bram/,
    ],
    ['an outcome for an unknown item', (json) => (json.outcomes[0]!.itemId = 'ghost'), /outcomes\.0\.itemId/],
    ['events out of order', (json) => json.events.reverse(), /events\.1\.id: The events are out of order/],
    [
      'a duplicate event id',
      (json) => (json.events[2]!.id = json.events[1]!.id),
      /events\.2\.id: Event id \d+ is used twice/,
    ],
    [
      'an undo of something that cannot be undone',
      (json) => (json.events[3]!.refEventId = json.events[0]!.id),
      /events\.3\.refEventId/,
    ],
    [
      'an agenda naming an item the board lacks',
      (json) => (json.settings.agenda.order = [ITEM, 'ghost']),
      /settings\.agenda\.order\.1: No item 'ghost'/,
    ],
    [
      'an agenda naming an item twice',
      (json) => (json.settings.agenda.dropped = [ITEM, ITEM]),
      /settings\.agenda\.dropped\.1: Item 'deploy_tool_choice' is named twice/,
    ],
    ['a participant named twice', (json) => json.session.participants.push('Bram'), /session\.participants\.2/],
  ];

  it.each(breakages)('refuse %s with where it is, and store nothing', async (_, breakIt, where) => {
    const { json } = await exportedFile();
    breakIt(json as SessionJson);
    const result = await importJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-request');
      expect(result.error.message).toMatch(where);
    }
    expect(await call(other.core, 'sessions.list', {})).toEqual([]);
  });

  it('say a file of a newer version was made by a newer Boardwalk, and store nothing', async () => {
    const { json } = await exportedFile();
    json.version = 2;
    const result = await importJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ reason: 'sessionFileNewer', params: { version: 2, supported: 1 } });
      expect(result.error.message).toMatch(/made by a newer Boardwalk .* Update Boardwalk/);
    }
    expect(await call(other.core, 'sessions.list', {})).toEqual([]);
  });

  it('refuse what is not a session file at all', async () => {
    const refusals = [
      [Buffer.from('{"format":"something-else"}').toString('base64'), 'sessionFileNotBoardwalk'],
      ['bm90IGpzb24=', 'sessionFileNotJson'],
    ];
    for (const [base64, reason] of refusals) {
      const result = await other.core.dispatch('sessions.import', { file: { name: 'x.json', base64 } });
      expect(result.ok).toBe(false);
      // The reason is what the screen translates; the file's name goes with it.
      if (!result.ok) expect(result.error).toMatchObject({ reason, params: { file: 'x.json' } });
    }
    expect(await call(other.core, 'sessions.list', {})).toEqual([]);
  });
});
