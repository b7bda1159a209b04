import { sessionSettingsSchema, type SaveSetting, type SessionSettings } from '../../../shared/session/settings.ts';
import type { Db } from './open.ts';
import { sqlParams } from './rows.ts';

interface DbSessionSetting {
  key: string;
  value_json: string;
}

/** Settings a session keeps, one row per key; read back through their schema, so a stale shape is dropped. */
export function sessionSettingsRepository(db: Db) {
  const ofSession = db.prepare<[string], DbSessionSetting>(
    'SELECT key, value_json FROM session_settings WHERE session_id = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO session_settings (session_id, key, value_json, updated_at) VALUES (@session_id, @key, @value_json, @updated_at)
     ON CONFLICT (session_id, key) DO UPDATE SET value_json = excluded.value_json, updated_at = excluded.updated_at`,
  );
  return {
    get(sessionId: string): SessionSettings {
      const raw = Object.fromEntries(ofSession.all(sessionId).map((row) => [row.key, JSON.parse(row.value_json)]));
      const parsed = sessionSettingsSchema.safeParse(raw);
      if (parsed.success) return parsed.data;
      // A key whose stored shape no longer fits is left out rather than failing the whole session.
      const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
      return sessionSettingsSchema.parse(Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key))));
    },
    save(sessionId: string, setting: SaveSetting, at: string): void {
      upsert.run(
        sqlParams({
          session_id: sessionId,
          key: setting.key,
          value_json: JSON.stringify(setting.value),
          updated_at: at,
        }),
      );
    },
  };
}
