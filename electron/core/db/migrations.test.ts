import Database from 'better-sqlite3';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseOpenError } from './errors.ts';
import { call, startMiniCore } from '../../testing/miniCore.ts';
import { loadPack } from '../packs/load.ts';
import { MINI_PACK, tempDir } from '../../testing/fixtures.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((remove) => remove()));

/** Databases as earlier versions of the app left them: one per schema version ever released. */
const fixtureVersions = readdirSync(FIXTURES)
  .map((name) => /^schema-(\d+)\.db$/.exec(name)?.[1])
  .filter((version): version is string => version !== undefined)
  .map(Number);

describe('migrations', () => {
  it('are numbered in ascending order, each with its own name, the last being the latest schema version', () => {
    const ids = MIGRATIONS.map((migration) => migration.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(LATEST_SCHEMA_VERSION).toBe(ids.at(-1));
    expect(new Set(MIGRATIONS.map((migration) => migration.name)).size).toBe(MIGRATIONS.length);
  });

  it('have a fixture database for every earlier schema version', () => {
    for (const { id } of MIGRATIONS.slice(0, -1)) expect(fixtureVersions).toContain(id);
  });

  it.each(fixtureVersions)(
    'bring a schema-%i database to the latest schema, keeping its decisions',
    async (version) => {
      const dir = tempDir();
      cleanup.push(dir.remove);
      const dataDir = join(dir.path, 'data');
      const dbPath = join(dataDir, 'boardwalk.db');
      await startMiniCore(dir.path, dataDir).then((core) => core.close());
      copyFileSync(join(FIXTURES, `schema-${version}.db`), dbPath);

      const core = await startMiniCore(dir.path, dataDir);
      try {
        const [session] = await call(core, 'sessions.list', {});
        expect(session).toMatchObject({
          title: 'Schema 1 session',
          facilitator: 'Anouk',
          lastItemId: null,
          summary: '',
        });
        const [outcome] = await call(core, 'outcomes.list', { sessionId: session!.id });
        expect(outcome).toMatchObject({ status: 'decided', chosenOption: 'argo_cd', rationale: 'Chosen in schema 1' });
        const events = await call(core, 'events.list', { sessionId: session!.id });
        expect(events.map((event) => [event.type, event.undone])).toEqual([
          ['session.created', false],
          ['outcome.recorded', false],
        ]);
        // The decision register is built from what the older database holds: the decision gets number 1.
        const register = await call(core, 'register.list', { boardId: session!.boardId });
        expect(register.map((entry) => [entry.number, entry.option, entry.decidedIn.title])).toEqual([
          [1, 'argo_cd', 'Schema 1 session'],
        ]);
        expect(register[0]!.history.map((line) => [line.kind, line.actor])).toEqual([['decided', 'Anouk']]);
        // A change from before the migration can be undone after it.
        const undone = await call(core, 'outcomes.undo', { sessionId: session!.id });
        expect(undone.outcome).toBeNull();
      } finally {
        core.close();
      }
      const db = new Database(dbPath, { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      // Every migration is recorded by id and name, also those applied before records were kept.
      expect(db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all()).toEqual(
        MIGRATIONS.map(({ id, name }) => ({ id, name })),
      );
      // The session's board version is keyed by its canonical content hash, the same the pack gets today.
      const pack = loadPack(MINI_PACK);
      if (!pack.ok) throw new Error('mini pack must load');
      expect(db.prepare('SELECT board_hash FROM sessions').pluck().all()).toEqual([pack.hash]);
      expect(db.prepare('SELECT hash FROM board_versions').pluck().all()).toEqual([pack.hash]);
      db.close();
      const backups = readdirSync(join(dataDir, 'backups'));
      const next = MIGRATIONS.find((migration) => migration.id > version);
      if (next) expect(backups.some((name) => name.startsWith(`before-schema-${next.id}-`))).toBe(true);
      // Tables later migrations add are there and empty.
      const migrated = new Database(dbPath, { readonly: true });
      expect(migrated.prepare('SELECT COUNT(*) FROM drafts').pluck().get()).toBe(0);
      migrated.close();
    },
  );

  it('run in order from an empty database to the same schema as a migrated old one', async () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    const fresh = await startMiniCore(dir.path, join(dir.path, 'fresh'));
    fresh.close();
    const old = join(dir.path, 'old');
    await startMiniCore(dir.path, old).then((core) => core.close());
    copyFileSync(join(FIXTURES, 'schema-1.db'), join(old, 'boardwalk.db'));
    await startMiniCore(dir.path, old).then((core) => core.close());
    const schemaOf = (path: string) => {
      const db = new Database(path, { readonly: true });
      const rows = db
        .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        .all();
      db.close();
      return rows;
    };
    expect(schemaOf(join(old, 'boardwalk.db'))).toEqual(schemaOf(join(dir.path, 'fresh', 'boardwalk.db')));
  });

  it('refuse a database whose recorded migrations are not the first of ours, and leave it untouched', async () => {
    const dir = tempDir();
    cleanup.push(dir.remove);
    const dataDir = join(dir.path, 'data');
    const dbPath = join(dataDir, 'boardwalk.db');
    await startMiniCore(dir.path, dataDir).then((core) => core.close());
    const other = new Database(dbPath);
    other.prepare("UPDATE schema_migrations SET name = 'someone-elses-change' WHERE id = 2").run();
    other.close();
    const error = await startMiniCore(dir.path, dataDir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as DatabaseOpenError).reason).toBe('unknown-migrations');
    expect((error as Error).message).toMatch(/2 someone-elses-change/);
    const after = new Database(dbPath, { readonly: true });
    expect(after.prepare('SELECT name FROM schema_migrations WHERE id = 2').pluck().get()).toBe('someone-elses-change');
    after.close();
  });
});
