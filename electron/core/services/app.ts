import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPaths } from '../dataFolder.ts';
import { listRescuedCopies, type Store } from '../db/index.ts';
import type { HandlerGroup } from '../handlers.ts';

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** What the app tells about itself: its version, where its data is, and the database's schema. */
export function appHandlers(store: Store, dataDir: string) {
  const version = appVersion();
  // Found once, at the start: the copies a previous run rescued, for the page to announce.
  const rescuedCopies = listRescuedCopies(dataDir);
  return {
    'app.info': () => ({
      dataDir,
      backupsDir: dataPaths(dataDir).backups,
      schemaVersion: store.schemaVersion,
      version,
      database: dataPaths(dataDir).database,
      rescuedCopies,
    }),
  } satisfies HandlerGroup;
}
