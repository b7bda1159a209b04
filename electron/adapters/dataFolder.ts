import { homedir } from 'node:os';
import { join } from 'node:path';

/** The data folder when none is named: the XDG data home, as the host and the command line both use it. */
export function defaultDataDir(): string {
  const base = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return join(base, 'boardwalk');
}
