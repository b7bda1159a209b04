import { join } from 'node:path';

/** Where a data folder keeps the database and its backups. */
export function dataPaths(dataDir: string) {
  return { database: join(dataDir, 'boardwalk.db'), backups: join(dataDir, 'backups') };
}
