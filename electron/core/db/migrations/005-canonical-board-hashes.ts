import { contentHash } from '../../packs/hash.ts';
import type { Db } from '../open.ts';

export const name = 'canonical-board-hashes';

interface VersionRow {
  rowid: number;
  hash: string;
  board_json: string;
}

/**
 * Board versions were keyed by the hash of their JSON as serialized, which changed whenever the
 * schema did. Each is re-keyed by the hash of its canonical content; sessions follow their
 * version, and two versions that turn out to be the same content become one.
 */
export function up(db: Db): void {
  const rows = db.prepare<[], VersionRow>('SELECT rowid, hash, board_json FROM board_versions ORDER BY rowid').all();
  const exists = db.prepare<[string], { hash: string }>('SELECT hash FROM board_versions WHERE hash = ?');
  const copy = db.prepare(
    `INSERT INTO board_versions (hash, board_id, version, board_json, warnings_json, origin, stored_at)
     SELECT ?, board_id, version, board_json, warnings_json, origin, stored_at FROM board_versions WHERE hash = ?`,
  );
  const repoint = db.prepare('UPDATE sessions SET board_hash = ? WHERE board_hash = ?');
  const remove = db.prepare('DELETE FROM board_versions WHERE hash = ?');
  for (const row of rows) {
    const canonical = contentHash(JSON.parse(row.board_json));
    if (canonical === row.hash) continue;
    if (!exists.get(canonical)) copy.run(canonical, row.hash);
    repoint.run(canonical, row.hash);
    remove.run(row.hash);
  }
}
