import { beforeEach, describe, expect, it } from 'vitest';
import type { Board, Item } from '../../../shared/board/schema.ts';
import { newOutcome } from '../../../shared/session/schema.ts';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { sessionStores, testSession } from '../../testing/sessions.ts';
import { createAgendaWalkStore, visibleAgenda } from './agendaWalk.ts';
import { createBoardStore } from './board.ts';
import { useWalkthrough } from './walkthrough.ts';

const text = (en: string) => ({ nl: en, en });
const item = (id: string, refs: string[] = []): Item => ({
  id,
  kind: 'assumption',
  title: text(id),
  refs,
  source: { document: 'd', section: '1' },
  options: [],
  checklist: [],
  sourceNotes: [],
  authorNotes: [],
});
const board = {
  meta: { id: 'board' },
  nodes: [{ id: 'n1' }],
  edges: [],
  items: [item('i1', ['n1']), item('i2'), item('i3', ['n1']), item('i4')],
} as unknown as Board;
const session = testSession('s');

let backend: ReturnType<typeof fakeBackend>;
let stores: ReturnType<typeof sessionStores>;
let agenda: ReturnType<typeof createAgendaWalkStore>;

beforeEach(async () => {
  backend = fakeBackend();
  const memory = memoryInTests();
  const boards = createBoardStore(backend.api, memory);
  boards.setState({ current: { hash: 'hash-1', board, warnings: [] } });
  stores = sessionStores(backend.api, memory, boards);
  agenda = createAgendaWalkStore({ boards, ...stores, walkthrough: useWalkthrough });
  useWalkthrough.setState({ selectedItemId: null, focusedNodeId: null, focusRequest: null });
  const opening = stores.sessions.getState().openSession(session);
  await backend.answer('outcomes.list', [{ ...newOutcome('s', 'i2', 'now'), status: 'decided' }]);
  await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false });
  await backend.answer('sessions.settings', { agenda: { order: ['i4', 'i3', 'i2', 'i1'], dropped: [] } });
  await opening;
  useWalkthrough.setState({ selectedItemId: null });
});

describe('walking the agenda', () => {
  it('steps in the arranged order and puts the keyboard on the item heading, in no field', () => {
    agenda.getState().step('next');
    expect(useWalkthrough.getState().selectedItemId).toBe('i4');
    expect(useWalkthrough.getState().focusRequest?.target).toBe('heading');
    agenda.getState().step('next');
    agenda.getState().step('previous');
    expect(useWalkthrough.getState().selectedItemId).toBe('i4');
  });

  it('says which item is ahead: the first of the arranged agenda, then the one after the item open, none after the last', () => {
    expect(agenda.getState().ahead()).toBe('i4');
    useWalkthrough.setState({ selectedItemId: 'i3' });
    expect(agenda.getState().ahead()).toBe('i2');
    useWalkthrough.setState({ selectedItemId: 'i1' });
    expect(agenda.getState().ahead()).toBeNull();
    // Saying so opens nothing.
    expect(useWalkthrough.getState().selectedItemId).toBe('i1');
  });

  it('skips what is decided when going to the next undecided item', () => {
    useWalkthrough.setState({ selectedItemId: 'i3' });
    agenda.getState().step('nextUndecided');
    expect(useWalkthrough.getState().selectedItemId).toBe('i1');
  });

  it('stays inside the items of the node picked in the graph', () => {
    useWalkthrough.setState({ selectedItemId: 'i3', focusedNodeId: 'n1' });
    expect(visibleAgenda(board, stores.sessionSettings.getState().settings, 'n1').map((entry) => entry.id)).toEqual([
      'i3',
      'i1',
    ]);
    agenda.getState().step('next');
    expect(useWalkthrough.getState().selectedItemId).toBe('i1');
    agenda.getState().step('next');
    expect(useWalkthrough.getState().selectedItemId).toBe('i1');
  });
});

describe('arranging the agenda', () => {
  it('keeps a move with the session', async () => {
    const moving = agenda.getState().moveItem('i1', -3);
    expect(await backend.inputOf('sessions.saveSetting')).toMatchObject({
      setting: { key: 'agenda', value: { order: ['i1', 'i4', 'i3', 'i2'], dropped: [] } },
    });
    await backend.answer('sessions.saveSetting', { agenda: { order: ['i1', 'i4', 'i3', 'i2'], dropped: [] } });
    await moving;
  });

  it('moves the room on when the item under discussion is dropped, and can bring it back', async () => {
    useWalkthrough.setState({ selectedItemId: 'i3' });
    const dropping = agenda.getState().dropItem('i3');
    expect(useWalkthrough.getState().selectedItemId).toBe('i2');
    const value = { order: ['i4', 'i2', 'i1'], dropped: ['i3'] };
    expect(await backend.inputOf('sessions.saveSetting')).toMatchObject({ setting: { key: 'agenda', value } });
    await backend.answer('sessions.saveSetting', { agenda: value });
    await dropping;
    const restoring = agenda.getState().restoreItem('i3');
    await backend.answer('sessions.saveSetting', { agenda: { order: ['i4', 'i2', 'i1', 'i3'], dropped: [] } });
    await restoring;
    expect(stores.sessionSettings.getState().settings.agenda?.order).toEqual(['i4', 'i2', 'i1', 'i3']);
  });

  it('saves nothing for a move that changes nothing', async () => {
    await agenda.getState().moveItem('i4', -1);
    expect(await backend.pendingMethods()).toBe('none');
  });
});
