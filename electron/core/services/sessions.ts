import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api/contract.ts';
import type { Session } from '../../../shared/session/schema.ts';
import {
  PLAN_SETTING_KEYS,
  type PlannedMeeting,
  type SaveSetting,
  type SessionSettings,
} from '../../../shared/session/settings.ts';
import type { Store } from '../db/index.ts';
import { ServiceError } from '../errors.ts';
import type { HandlerGroup } from '../handlers.ts';
import type { Recorder } from './recorder.ts';

type SessionChangeType =
  | 'session.renamed'
  | 'session.closed'
  | 'session.reopened'
  | 'session.trashed'
  | 'session.restored'
  | 'session.summarized';

function isPlanSetting(setting: SaveSetting): boolean {
  return (PLAN_SETTING_KEYS as readonly string[]).includes(setting.key);
}

export function sessionService(store: Store, record: Recorder) {
  /** A session that exists and is not in the trash. */
  function findSession(sessionId: string): Session {
    const session = store.sessions.get(sessionId);
    if (!session || session.deletedAt) throw new ServiceError('not-found', 'sessionNotFound', { session: sessionId });
    return session;
  }

  /** A session that may be changed: closed sessions are read-only until reopened. */
  function findOpenSession(sessionId: string): Session {
    const session = findSession(sessionId);
    if (session.closedAt) throw new ServiceError('read-only', 'sessionClosed', { session: sessionId });
    return session;
  }

  function change(session: Session, patch: Partial<Session>, type: SessionChangeType, actor?: string): Session {
    const updated = { ...session, ...patch };
    return record(session, actor, () => {
      store.sessions.update(updated);
      return { result: updated, event: { type, itemId: null, refEventId: null, before: session, after: updated } };
    });
  }

  /** A setting saved with its event (what it was before, what it is now); saving the same value again is no change. */
  function saveSettingOf(session: Session, setting: SaveSetting, actor?: string): void {
    const previous = store.sessionSettings.get(session.id)[setting.key];
    if (previous !== undefined && JSON.stringify(previous) === JSON.stringify(setting.value)) return;
    const before = previous === undefined ? null : ({ key: setting.key, value: previous } as SaveSetting);
    record(session, actor, (at) => {
      store.sessionSettings.save(session.id, setting, at);
      return {
        result: null,
        event: { type: 'session.setting-saved', itemId: null, refEventId: null, before, after: setting },
      };
    });
  }

  /** The meeting plan and today's agenda as they stand. */
  function plannedMeeting(sessionId: string): PlannedMeeting {
    const settings = store.sessionSettings.get(sessionId);
    return { agenda: settings.agenda ?? null, plan: settings.plan ?? null };
  }

  /** A change to the meeting plan or today's agenda: stored with its audit event, or not at all. */
  function savePlanSetting(session: Session, setting: SaveSetting, actor: string | undefined): SessionSettings {
    const before = plannedMeeting(session.id);
    return record(session, actor, (at) => {
      store.sessionSettings.save(session.id, setting, at);
      const after = plannedMeeting(session.id);
      return {
        result: store.sessionSettings.get(session.id),
        event: { type: 'session.planned', itemId: null, refEventId: null, before, after },
      };
    });
  }

  /** Any setting saved with its event: the plan and today's agenda as a plan change, the rest as a setting change. */
  function saveAnySetting(session: Session, setting: SaveSetting, actor: string | undefined): void {
    if (isPlanSetting(setting)) savePlanSetting(session, setting, actor);
    else saveSettingOf(session, setting, actor);
  }

  function close(input: ApiParsedInput<'sessions.close'>): Session {
    const session = findSession(input.sessionId);
    if (session.closedAt) return session;
    return change(session, { closedAt: new Date().toISOString() }, 'session.closed', input.actor);
  }

  function create(input: ApiParsedInput<'sessions.create'>, extra: { previousSessionId?: string } = {}): Session {
    const version = input.boardHash
      ? store.boardVersions.get(input.boardHash)
      : store.boardVersions.newest(input.boardId);
    if (!version || version.board.meta.id !== input.boardId)
      throw new ServiceError('not-found', 'boardNotFound', { board: input.boardId });
    const session: Session = {
      id: randomUUID(),
      boardId: input.boardId,
      boardHash: version.hash,
      title: input.title,
      date: input.date,
      facilitator: input.facilitator,
      participants: input.participants,
      language: input.language,
      createdAt: new Date().toISOString(),
      closedAt: null,
      deletedAt: null,
      previousSessionId: extra.previousSessionId ?? null,
      lastItemId: null,
      summary: '',
    };
    return record(session, input.facilitator, () => {
      store.sessions.insert(session);
      return {
        result: session,
        event: { type: 'session.created', itemId: null, refEventId: null, before: null, after: session },
      };
    });
  }

  return { findSession, findOpenSession, create, change, close, saveAnySetting };
}

/** Who emptied the trash: there is no session to take a facilitator from, so the one given, else the system user. */
function systemActor(actor?: string): string {
  if (actor?.trim()) return actor.trim();
  try {
    return userInfo().username;
  } catch {
    return 'Boardwalk';
  }
}

export type SessionService = ReturnType<typeof sessionService>;

/** The session methods of the contract (the next review and session files have theirs beside them). */
export function sessionHandlers(store: Store, sessions: SessionService, record: Recorder) {
  return {
    'sessions.create': (input: ApiParsedInput<'sessions.create'>) => sessions.create(input),
    'sessions.list'(input: ApiParsedInput<'sessions.list'>): ApiOutput<'sessions.list'> {
      return store.sessions.list(input.boardId);
    },
    'sessions.get'(input: ApiParsedInput<'sessions.get'>): ApiOutput<'sessions.get'> {
      return sessions.findSession(input.sessionId);
    },
    /** The facilitator's written summary, page 1 of the report: saved and audited like any change. */
    'sessions.saveSummary'(input: ApiParsedInput<'sessions.saveSummary'>): Session {
      const session = sessions.findOpenSession(input.sessionId);
      if (session.summary === input.summary) return session;
      return sessions.change(session, { summary: input.summary }, 'session.summarized', input.actor);
    },
    'sessions.rename'(input: ApiParsedInput<'sessions.rename'>): Session {
      const session = sessions.findOpenSession(input.sessionId);
      if (session.title === input.title) return session;
      return sessions.change(session, { title: input.title }, 'session.renamed', input.actor);
    },
    'sessions.close': (input: ApiParsedInput<'sessions.close'>): Session => sessions.close(input),
    'sessions.reopen'(input: ApiParsedInput<'sessions.reopen'>): Session {
      const session = sessions.findSession(input.sessionId);
      if (!session.closedAt) return session;
      return sessions.change(session, { closedAt: null }, 'session.reopened', input.actor);
    },
    'sessions.trash'(input: ApiParsedInput<'sessions.trash'>): Session {
      const session = sessions.findSession(input.sessionId);
      return sessions.change(session, { deletedAt: new Date().toISOString() }, 'session.trashed', input.actor);
    },
    'sessions.restore'(input: ApiParsedInput<'sessions.restore'>): Session {
      const session = store.sessions.get(input.sessionId);
      if (!session?.deletedAt)
        throw new ServiceError('not-found', 'sessionInTrashNotFound', { session: input.sessionId });
      return sessions.change(session, { deletedAt: null }, 'session.restored', input.actor);
    },
    'sessions.listTrash'(): Session[] {
      return store.sessions.listTrashed();
    },
    /** Purges the trash, leaving a record of which sessions went, by whom and when (not what they held). */
    'sessions.emptyTrash'(input: ApiParsedInput<'sessions.emptyTrash'>): ApiOutput<'sessions.emptyTrash'> {
      const trashed = store.sessions.listTrashed();
      const gone = trashed.map(({ id, boardId, title, date }) => ({ id, boardId, title, date }));
      record.purge(systemActor(input.actor), gone, () =>
        trashed.forEach((session) => store.sessions.purge(session.id)),
      );
      return { removed: trashed.length };
    },
    'sessions.settings'(input: ApiParsedInput<'sessions.settings'>): ApiOutput<'sessions.settings'> {
      sessions.findSession(input.sessionId);
      return store.sessionSettings.get(input.sessionId);
    },
    /** How the session is run (agenda order, context, export options); a closed session keeps its settings. */
    'sessions.saveSetting'(input: ApiParsedInput<'sessions.saveSetting'>): ApiOutput<'sessions.saveSetting'> {
      const session = sessions.findOpenSession(input.sessionId);
      sessions.saveAnySetting(session, input.setting, input.actor);
      return store.sessionSettings.get(session.id);
    },
    /** Remembers where the facilitator is, so the session resumes there; the trail says who moved where. */
    'sessions.resume'(input: ApiParsedInput<'sessions.resume'>): ApiOutput<'sessions.resume'> {
      const session = sessions.findSession(input.sessionId);
      if (session.lastItemId === input.itemId) return { ok: true };
      return record(session, input.actor, () => {
        store.sessions.update({ ...session, lastItemId: input.itemId });
        return {
          result: { ok: true as const },
          event: {
            type: 'session.resumed',
            itemId: null,
            refEventId: null,
            before: { itemId: session.lastItemId },
            after: { itemId: input.itemId },
          },
        };
      });
    },
  } satisfies HandlerGroup;
}
