import type { DraftStore } from '../stores/drafts.ts';
import { planOf } from '../stores/plan.ts';
import type { OutcomeStore } from '../stores/outcomes.ts';
import type { SessionSettingsStore } from '../stores/sessionSettings.ts';
import type { SessionStore } from '../stores/sessions.ts';
import type { TimerStore } from '../stores/timer.ts';
import type { useWalkthrough } from '../stores/walkthrough.ts';

interface SelectItemParts {
  walkthrough: typeof useWalkthrough;
  sessions: SessionStore;
  outcomes: OutcomeStore;
  sessionSettings: SessionSettingsStore;
  drafts: DraftStore;
  timer: TimerStore;
}

/**
 * Selecting an item, as one command: everything that opening an item does, in one place and in
 * this order. The item shows at once; what was typed on the item left is kept as its draft (never
 * recorded: moving on records nothing); the time so far is booked to the item left and the clock
 * stops, starting for the new item only where the plan says so and the item is still open (going
 * back to a decided item never adds time); and the session remembers where the room is.
 */
export function createSelectItem({ walkthrough, sessions, outcomes, sessionSettings, drafts, timer }: SelectItemParts) {
  return async (itemId: string | null): Promise<void> => {
    const before = walkthrough.getState().selectedItemId;
    walkthrough.setState({ selectedItemId: itemId });
    if (itemId === before && timer.getState().itemId === itemId) return;
    const current = sessions.getState().current;
    const stillOpen = itemId !== null && (outcomes.getState().outcomes[itemId]?.status ?? 'open') === 'open';
    const startClock = stillOpen && planOf(sessionSettings).startTimerOnOpen && current?.closedAt === null;
    await Promise.all([
      drafts.getState().flush(),
      timer.getState().openItem(itemId, startClock),
      itemId ? sessions.getState().rememberItem(itemId) : undefined,
    ]);
  };
}
