// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newOutcome, type Outcome, type Session } from '../../../shared/session/schema.ts';
import { appOverMemory, itemOf, worldWith } from '../../testing/componentWorld.ts';

// The seam: the app's real stores, made once over an in-memory back end given as the desktop's IPC transport.
const { backend, stores } = await appOverMemory();
const { OutcomeForm } = await import('./OutcomeForm.tsx');

const item = itemOf('db');
/**
 * Puts a fresh session on screen as the app opens one (a new id each time, so no test sees what
 * the one before left), with `recorded` as the item's stored outcome, and shows the form.
 */
async function open(session: Partial<Session> = {}, recorded: Partial<Outcome> | null = null) {
  const id = crypto.randomUUID();
  const outcomes = recorded ? [{ ...newOutcome(id, item.id, '2026-12-01T10:05:00.000Z'), ...recorded }] : [];
  const world = worldWith({ id, participants: ['Bram', 'Cees'], ...session }, { outcomes });
  backend.reset(world);
  await act(() => stores.useSessionStore.getState().openSession(world.session));
  await waitFor(() => expect(stores.useDrafts.getState().sessionId).toBe(id));
  render(<OutcomeForm item={item} />);
  return id;
}

const saveButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Save outcome' });
const saveState = () => screen.getByTestId('draft-state').textContent;
const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLTextAreaElement>(label);
const radio = (name: string | RegExp) => screen.getByRole<HTMLInputElement>('radio', { name });

beforeEach(() => {
  stores.usePreferences.getState().setLanguage('en');
  stores.useNotices.setState({ error: null, status: null });
});
afterEach(() => {
  cleanup();
  // Every call the form made was one the back end knows and accepts: no error reached the user.
  expect(stores.useNotices.getState().error).toBeNull();
});

describe('the outcome form', () => {
  it('shows what is recorded, keeps what is typed as a draft, and records it on Ctrl+Enter', async () => {
    const sessionId = await open({}, { status: 'deferred', owner: 'Anouk' });
    expect(radio('Deferred').checked).toBe(true);
    expect(field('Owner').value).toBe('Anouk');
    expect(saveButton().disabled).toBe(true);

    fireEvent.click(radio('Decided'));
    fireEvent.click(radio(/^PostgreSQL/));
    fireEvent.change(field('Rationale'), { target: { value: 'Proven at our scale' } });
    expect(screen.getByRole('heading', { name: /Outcome\s*Draft/ })).toBeDefined();
    expect(saveState()).toBe('Keeping the draft…');
    await waitFor(() => expect(saveState()).toBe('Draft kept, not recorded yet'));
    expect(backend.inputsOf('drafts.save').at(-1)).toMatchObject({
      sessionId,
      itemId: 'db',
      fields: { status: 'decided', chosenOption: 'postgres', rationale: 'Proven at our scale', owner: 'Anouk' },
    });
    expect(backend.inputsOf('outcomes.record')).toEqual([]);

    fireEvent.keyDown(field('Rationale'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(saveState()).toMatch(/^Saved at /));
    expect(backend.inputsOf('outcomes.record')).toEqual([
      {
        sessionId,
        itemId: 'db',
        changes: expect.objectContaining({
          status: 'decided',
          chosenOption: 'postgres',
          rationale: 'Proven at our scale',
          owner: 'Anouk',
        }),
      },
    ]);
    expect(stores.useOutcomes.getState().outcomes.db).toMatchObject({ status: 'decided', chosenOption: 'postgres' });
    expect(stores.useOutcomes.getState().canUndo).toBe(true);
    expect(screen.queryByRole('heading', { name: /Draft/ })).toBeNull();
    expect(saveButton().disabled).toBe(true);
  });

  it('puts back what is recorded when the draft is discarded', async () => {
    const sessionId = await open({}, { status: 'decided', owner: 'Anouk' });
    fireEvent.change(field('Owner'), { target: { value: 'Bram' } });
    fireEvent.click(screen.getByRole('button', { name: 'Discard the draft' }));
    await waitFor(() => expect(backend.inputsOf('drafts.discard')).toEqual([{ sessionId, itemId: 'db' }]));
    expect(field('Owner').value).toBe('Anouk');
    expect(screen.queryByRole('button', { name: 'Discard the draft' })).toBeNull();
    expect(backend.inputsOf('outcomes.record')).toEqual([]);
  });

  it('reads a due date as people write it, and holds back recording while the text is no date', async () => {
    const sessionId = await open();
    fireEvent.change(field('Due date'), { target: { value: 'next week' } });
    fireEvent.change(field('Owner'), { target: { value: 'Cees' } });
    expect(saveButton().disabled).toBe(true);
    fireEvent.change(field('Due date'), { target: { value: '31/01/2027' } });
    expect(saveButton().disabled).toBe(false);
    fireEvent.click(saveButton());
    await waitFor(() => expect(backend.inputsOf('outcomes.record')).toHaveLength(1));
    expect(backend.inputsOf('outcomes.record')[0]).toMatchObject({
      sessionId,
      changes: { owner: 'Cees', dueDate: '2027-01-31' },
    });
  });

  it('saves each vote the moment it is cast, in the name of the participant, and shows the tally', async () => {
    const sessionId = await open();
    fireEvent.change(screen.getByLabelText<HTMLSelectElement>('Bram'), { target: { value: 'sqlite' } });
    await waitFor(() => expect(screen.getByRole('radio', { name: /^SQLite 1 vote: Bram$/ })).toBeDefined());
    expect(backend.inputsOf('outcomes.vote')).toEqual([
      { sessionId, itemId: 'db', participant: 'Bram', optionId: 'sqlite' },
    ]);
    expect(screen.getByLabelText<HTMLSelectElement>('Bram').value).toBe('sqlite');
    // A vote is not the room's decision: nothing is recorded, and no draft is started.
    expect(backend.inputsOf('outcomes.record')).toEqual([]);
    expect(saveButton().disabled).toBe(true);
  });

  it('is read-only in a closed session: nothing typed there is kept', async () => {
    await open({ closedAt: '2026-12-01T12:00:00.000Z' }, { status: 'decided', owner: 'Anouk' });
    expect(screen.getByText('This session is closed and read-only. Reopen it to make changes.')).toBeDefined();
    expect(field('Owner').matches(':disabled')).toBe(true);
    fireEvent.change(field('Owner'), { target: { value: 'Bram' } });
    expect(field('Owner').value).toBe('Anouk');
    expect(stores.useDrafts.getState().drafts).toEqual({});
    expect(backend.inputsOf('drafts.save')).toEqual([]);
  });
});
