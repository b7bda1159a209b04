import type { Outcome, Session } from '../../shared/session/schema.ts';
import type { SessionSettings } from '../../shared/session/settings.ts';
import type { fakeBackend } from './fakeBackend.ts';
import type { sessionStores } from './sessions.ts';

export interface OpenAnswers {
  outcomes?: Outcome[];
  history?: { canUndo: boolean; canRedo: boolean };
  settings?: SessionSettings;
}

/** Opens a session and answers the three calls that opening makes: its outcomes, undo state and settings. */
export async function openSession(
  backend: ReturnType<typeof fakeBackend>,
  sessions: ReturnType<typeof sessionStores>['sessions'],
  target: Session,
  answers: OpenAnswers = {},
): Promise<void> {
  const opening = sessions.getState().openSession(target);
  await backend.answer('outcomes.list', answers.outcomes ?? [], { sessionId: target.id });
  await backend.answer('outcomes.undoState', answers.history ?? { canUndo: false, canRedo: false }, {
    sessionId: target.id,
  });
  await backend.answer('sessions.settings', answers.settings ?? {}, { sessionId: target.id });
  await opening;
}
