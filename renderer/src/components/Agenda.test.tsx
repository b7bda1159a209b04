// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newOutcome, type Outcome, type Session } from '../../../shared/session/schema.ts';
import type { SessionSettings } from '../../../shared/session/settings.ts';
import { appOverMemory, BOARD, worldWith } from '../../testing/componentWorld.ts';

// The seam: the app's real stores, made once over an in-memory back end given as the desktop's IPC transport.
const { backend, stores } = await appOverMemory();
const { Agenda } = await import('./Agenda.tsx');

const TODAY = { agenda: { order: ['auth', 'db', 'outage'], dropped: [] } } satisfies SessionSettings;

/** Puts a fresh session on screen as the app opens one (a new id each time) and shows its agenda. */
async function open(session: Partial<Session> = {}, outcomes: Partial<Outcome>[] = []) {
  const id = crypto.randomUUID();
  const stored = outcomes.map((fields) => ({
    ...newOutcome(id, fields.itemId!, '2026-12-01T10:05:00.000Z'),
    ...fields,
  }));
  const world = worldWith({ id, ...session }, { outcomes: stored, settings: TODAY });
  backend.reset(world);
  await act(() => stores.useSessionStore.getState().openSession(world.session));
  render(<Agenda board={BOARD} />);
  return id;
}

/** The rows as the user reads them: the title (soft hyphens are invisible) and the status. */
function rows(): string[] {
  // The agenda's own list, described by its keys; the items dropped from it are another list.
  const list = screen.getByRole('list', { description: /^Arrow keys move through the items/ });
  return within(list)
    .getAllByRole('button')
    .filter((button) => button.dataset.itemId)
    .map((button) => {
      const title = button.querySelector('.agenda-item-title')?.textContent?.replaceAll('\u00ad', '');
      return `${title}: ${button.querySelector('.agenda-item-status')?.textContent}`;
    });
}

const row = (title: string) =>
  screen
    .getAllByRole('button')
    .find((button) => button.dataset.itemId && button.textContent?.replaceAll('\u00ad', '').includes(title))!;

/** The agenda setting the app asked the back end to keep, last. */
const savedAgenda = () => backend.inputsOf('sessions.saveSetting').at(-1);

beforeEach(() => {
  stores.usePreferences.getState().setLanguage('en');
  stores.useNotices.setState({ error: null, status: null });
  stores.useWalkthrough.setState({ selectedItemId: null, focusedNodeId: null });
});
afterEach(() => {
  cleanup();
  // Every call the agenda made was one the back end knows and accepts: no error reached the user.
  expect(stores.useNotices.getState().error).toBeNull();
});

describe('the agenda', () => {
  it("lists today's items in the session's order with their status, and how far the room is", async () => {
    await open({}, [
      { itemId: 'auth', status: 'decided' },
      { itemId: 'outage', status: 'deferred' },
    ]);
    expect(screen.getByRole('heading', { name: 'Agenda' })).toBeDefined();
    expect(rows()).toEqual(['Single sign-on exists: Decided', 'Database engine: Open', 'Region outage: Deferred']);
    expect(screen.getByTestId('agenda-progress').textContent).toBe('1 of 3 decided, 1 deferred');
  });

  it('opens the item clicked, and the arrow keys, Home and End move through the list', async () => {
    const sessionId = await open();
    fireEvent.click(row('Database engine'));
    expect(stores.useWalkthrough.getState().selectedItemId).toBe('db');
    expect(row('Database engine').getAttribute('aria-current')).toBe('true');
    // Opening an item is remembered with the session, so it resumes there.
    await waitFor(() => expect(backend.inputsOf('sessions.resume')).toEqual([{ sessionId, itemId: 'db' }]));

    fireEvent.keyDown(row('Database engine'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('Region outage'));
    fireEvent.keyDown(row('Region outage'), { key: 'Home' });
    expect(document.activeElement).toBe(row('Single sign-on exists'));
    fireEvent.keyDown(row('Single sign-on exists'), { key: 'End' });
    expect(document.activeElement).toBe(row('Region outage'));
    // One Tab stop for the whole list: the row the keys are on.
    expect(row('Region outage').tabIndex).toBe(0);
    expect(row('Database engine').tabIndex).toBe(-1);
  });

  it('moves an item with Alt+arrow and drops it with Delete, kept with the session; a dropped item comes back', async () => {
    const sessionId = await open();
    fireEvent.keyDown(row('Region outage'), { key: 'ArrowUp', altKey: true });
    await waitFor(() =>
      expect(rows()).toEqual(['Single sign-on exists: Open', 'Region outage: Open', 'Database engine: Open']),
    );
    expect(savedAgenda()).toEqual({
      sessionId,
      setting: { key: 'agenda', value: { order: ['auth', 'outage', 'db'], dropped: [] } },
    });
    expect(document.activeElement).toBe(row('Region outage'));

    fireEvent.keyDown(row('Database engine'), { key: 'Delete' });
    await waitFor(() => expect(rows()).toEqual(['Single sign-on exists: Open', 'Region outage: Open']));
    expect(savedAgenda()?.setting).toEqual({ key: 'agenda', value: { order: ['auth', 'outage'], dropped: ['db'] } });
    expect(screen.getByText("Not on today's agenda (1 item)")).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Back on the agenda' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()[2]).toBe('Database engine: Open');
    // The settings are kept once: what the agenda shows is what the session's settings store holds.
    expect(stores.useSessionSettings.getState().settings.agenda).toEqual(backend.settings().agenda);
  });

  it('shows buttons to move and drop each item while arranging', async () => {
    const sessionId = await open();
    expect(screen.queryByRole('button', { name: 'Move down: Single sign-on exists' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Arrange' }));
    expect(screen.getByRole('button', { name: 'Arrange' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move up: Single sign-on exists' }).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Move down: Single sign-on exists' }));
    await waitFor(() => expect(rows()[0]).toBe('Database engine: Open'));
    expect(savedAgenda()).toEqual({
      sessionId,
      setting: { key: 'agenda', value: { order: ['db', 'auth', 'outage'], dropped: [] } },
    });
  });

  it('cannot be arranged in a closed session: the keys only move through it', async () => {
    await open({ closedAt: '2026-12-01T12:00:00.000Z' });
    expect(screen.queryByRole('button', { name: 'Arrange' })).toBeNull();
    expect(screen.getByText('Arrow keys move through the items, Enter opens one.')).toBeDefined();
    fireEvent.keyDown(row('Region outage'), { key: 'ArrowUp', altKey: true });
    fireEvent.keyDown(row('Region outage'), { key: 'Delete' });
    expect(rows()).toEqual(['Single sign-on exists: Open', 'Database engine: Open', 'Region outage: Open']);
    expect(backend.inputsOf('sessions.saveSetting')).toEqual([]);
  });
});
