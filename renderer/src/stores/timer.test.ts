import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newOutcome, type Session } from '../../../shared/session/schema.ts';
import { fakeBackend, memoryInTests } from '../../testing/fakeBackend.ts';
import { sessionStores, testSession } from '../../testing/sessions.ts';
import { createBoardStore } from './board.ts';
import { BOOK_EVERY_MS, createTimerStore } from './timer.ts';
import { useWalkthrough } from './walkthrough.ts';

const session = testSession;

let backend: ReturnType<typeof fakeBackend>;
let sessions: ReturnType<typeof sessionStores>['sessions'];
let outcomes: ReturnType<typeof sessionStores>['outcomes'];
let timer: ReturnType<typeof createTimerStore>;
let now: number;
let kept: [string, unknown][];

async function open(target: Session) {
  const opening = sessions.getState().openSession(target);
  await backend.answer('outcomes.list', [], { sessionId: target.id });
  await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false }, { sessionId: target.id });
  await backend.answer('sessions.settings', {}, { sessionId: target.id });
  await opening;
}

/** The bookings the timer asked for, answered as the back end would. */
async function answerBookings(): Promise<[string, string, number][]> {
  const booked: [string, string, number][] = [];
  while ((await backend.count('outcomes.addTime')) > 0) {
    const input = (await backend.inputOf('outcomes.addTime')) as { sessionId: string; itemId: string; seconds: number };
    booked.push([input.sessionId, input.itemId, input.seconds]);
    await backend.answer('outcomes.addTime', {
      ...newOutcome(input.sessionId, input.itemId, 'now'),
      timeSpentSeconds: input.seconds,
    });
  }
  return booked;
}

beforeEach(async () => {
  vi.useFakeTimers();
  now = 1_000_000;
  backend = fakeBackend();
  const memory = memoryInTests();
  const boards = createBoardStore(backend.api, memory);
  boards.setState({ current: { hash: 'hash-1', board: { meta: { id: 'board' } }, warnings: [] } as never });
  useWalkthrough.setState({ selectedItemId: null });
  ({ sessions, outcomes } = sessionStores(backend.api, memory, boards));
  kept = [];
  timer = createTimerStore(
    sessions,
    outcomes,
    useWalkthrough,
    () => now,
    async (sessionId, clock) => void kept.push([sessionId, clock]),
  );
  await open(session('a'));
  await timer.getState().openItem('item-1', false);
});
afterEach(() => vi.useRealTimers());

describe('the time box', () => {
  it('measures the time on an item while it runs, and books it and stops when the room moves on', async () => {
    timer.getState().start();
    now += 90_500;
    expect(timer.getState().unbookedFor('item-1')).toBe(90_500);
    const moving = timer.getState().openItem('item-2', false);
    expect(await answerBookings()).toEqual([['a', 'item-1', 90]]);
    await moving;
    // The half second left over is kept for the next booking.
    expect(timer.getState().unbookedFor('item-1')).toBe(500);
    expect(timer.getState()).toMatchObject({ running: false, itemId: 'item-2' });
    now += 30_000;
    expect(timer.getState().unbookedFor('item-2')).toBe(0);
  });

  it('never adds time to an item revisited unless started; starts by itself only when asked to', async () => {
    await timer.getState().openItem('item-2', false);
    await timer.getState().openItem('item-1', false);
    now += 60_000;
    expect(timer.getState().unbookedFor('item-1')).toBe(0);
    await timer.getState().openItem('item-3', true);
    expect(timer.getState()).toMatchObject({ running: true, itemId: 'item-3' });
    now += 30_000;
    await Promise.all([
      timer.getState().pause(),
      answerBookings().then((booked) => expect(booked).toEqual([['a', 'item-3', 30]])),
    ]);
    expect(outcomes.getState().outcomes['item-3']?.timeSpentSeconds).toBe(30);
  });

  it('keeps its running clock for the session, and runs on from it after a reload', async () => {
    timer.getState().start();
    expect(kept).toEqual([['a', { itemId: 'item-1', since: 1_000_000 }]]);
    now += 5_000;
    const pausing = timer.getState().pause();
    await answerBookings();
    await pausing;
    expect(kept.at(-1)).toEqual(['a', null]);

    timer.setState({ sessionId: null, itemId: null, unbookedMs: {} });
    now += 60_000;
    timer.getState().restore('a', { itemId: 'item-1', since: now - 45_000 });
    expect(timer.getState()).toMatchObject({ running: true, itemId: 'item-1' });
    expect(timer.getState().unbookedFor('item-1')).toBe(45_000);
    // Opening the item it runs for (the session resumes there) keeps it running.
    await timer.getState().openItem('item-1', false);
    expect(timer.getState().running).toBe(true);
  });

  it('counts nothing while paused, and never moves on by itself', async () => {
    timer.getState().start();
    now += 10_000;
    const pausing = timer.getState().pause();
    await answerBookings();
    await pausing;
    now += 10 * 60_000;
    expect(timer.getState().unbookedFor('item-1')).toBe(0);
    expect(timer.getState()).toMatchObject({ itemId: 'item-1', running: false });
    expect(await backend.pendingMethods()).toBe('none');
  });

  it('books what was measured every two minutes while it runs', async () => {
    timer.getState().start();
    now += BOOK_EVERY_MS;
    vi.advanceTimersByTime(BOOK_EVERY_MS);
    expect(await answerBookings()).toEqual([['a', 'item-1', BOOK_EVERY_MS / 1000]]);
  });

  it('books before anything that saves the unsaved (another session, closing, undo, export)', async () => {
    timer.getState().start();
    now += 20_000;
    const flushing = sessions.getState().flushUnsaved();
    expect(await answerBookings()).toEqual([['a', 'item-1', 20]]);
    await flushing;
  });

  it('stops, and forgets what it measured, when another session is opened', async () => {
    timer.getState().start();
    now += 20_000;
    const opening = sessions.getState().openSession(session('b'));
    expect(await answerBookings()).toEqual([['a', 'item-1', 20]]);
    await backend.answer('outcomes.list', [], { sessionId: 'b' });
    await backend.answer('outcomes.undoState', { canUndo: false, canRedo: false });
    await backend.answer('sessions.settings', {});
    await opening;
    expect(timer.getState()).toMatchObject({ running: false, sessionId: null, unbookedMs: {} });
  });

  it('does not start in a closed session', async () => {
    await open(session('closed', { closedAt: '2026-12-01T12:00:00.000Z' }));
    timer.getState().start();
    expect(timer.getState().running).toBe(false);
  });
});
