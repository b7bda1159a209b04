import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseOpenError } from '../errors.ts';
import type { Db } from '../open.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './index.ts';

interface AppliedMigration {
  id: number;
  name: string;
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

function hasRecords(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined
  );
}

/** The migrations a database has: from its records, or (before they were kept) from its schema version. */
function appliedMigrations(db: Db, version: number): AppliedMigration[] {
  if (!hasRecords(db)) return MIGRATIONS.slice(0, version).map(({ id, name }) => ({ id, name }));
  return db.prepare<[], AppliedMigration>('SELECT id, name FROM schema_migrations ORDER BY id').all();
}

/** A database whose migrations are not the first of ours came from another build: refuse it, untouched. */
function refuseDiverging(db: Db, path: string, applied: AppliedMigration[], version: number): void {
  const diverging = applied.find(
    (migration, index) => MIGRATIONS[index]?.id !== migration.id || MIGRATIONS[index]?.name !== migration.name,
  );
  if (!diverging && (applied.at(-1)?.id ?? 0) === version) return;
  const found = applied.map((migration) => `${migration.id} ${migration.name}`).join(', ');
  throw new DatabaseOpenError('unknown-migrations', 'unknownMigrations', { path, found, version });
}

function apply(db: Db, migration: Migration): void {
  db.transaction(() => {
    if (typeof migration.up === 'string') db.exec(migration.up);
    else migration.up(db);
    if (hasRecords(db)) {
      // Migrations from before the records existed are written down with the first that has them.
      const write = db.prepare('INSERT OR IGNORE INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
      const now = new Date().toISOString();
      for (const done of MIGRATIONS.filter((candidate) => candidate.id <= migration.id))
        write.run(done.id, done.name, now);
    }
    db.pragma(`user_version = ${migration.id}`);
  })();
}

/** Brings a database to the latest schema, one transaction per migration, with a backup taken first. */
export async function migrate(db: Db, path: string, backupsDir: string): Promise<void> {
  const version = Number(db.pragma('user_version', { simple: true }));
  if (version > LATEST_SCHEMA_VERSION) {
    throw new DatabaseOpenError('newer-version', 'newerVersion', {
      path,
      found: version,
      supported: LATEST_SCHEMA_VERSION,
    });
  }
  refuseDiverging(db, path, appliedMigrations(db, version), version);
  const pending = MIGRATIONS.filter((migration) => migration.id > version);
  if (pending.length === 0) return;
  if (version > 0) {
    mkdirSync(backupsDir, { recursive: true });
    await db.backup(join(backupsDir, `before-schema-${pending[0]!.id}-${timestamp()}.db`));
  }
  for (const migration of pending) apply(db, migration);
}
