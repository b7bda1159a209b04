import type { PackProblem } from '../../../shared/board/problems.ts';
import type { Board } from '../../../shared/board/schema.ts';
import type { Db } from './open.ts';
import { sqlParams, type DbBoardVersion } from './rows.ts';

export interface StoredBoardVersion {
  hash: string;
  board: Board;
  warnings: PackProblem[];
  origin: 'shipped' | 'imported';
  storedAt: string;
}

function toDomain(row: DbBoardVersion): StoredBoardVersion {
  return {
    hash: row.hash,
    board: JSON.parse(row.board_json) as Board,
    warnings: JSON.parse(row.warnings_json) as PackProblem[],
    origin: row.origin,
    storedAt: row.stored_at,
  };
}

export function boardVersionRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO board_versions (hash, board_id, version, board_json, warnings_json, origin, stored_at)
     VALUES (@hash, @board_id, @version, @board_json, @warnings_json, @origin, @stored_at)
     ON CONFLICT (hash) DO NOTHING`,
  );
  const byHash = db.prepare<[string], DbBoardVersion>('SELECT * FROM board_versions WHERE hash = ?');
  // rowid breaks ties between versions stored within the same millisecond.
  const newest = db.prepare<[], DbBoardVersion>(
    `SELECT * FROM board_versions b WHERE rowid = (
       SELECT rowid FROM board_versions WHERE board_id = b.board_id ORDER BY stored_at DESC, rowid DESC LIMIT 1)
     ORDER BY board_id`,
  );
  const newestOf = db.prepare<[string], DbBoardVersion>(
    'SELECT * FROM board_versions WHERE board_id = ? ORDER BY stored_at DESC, rowid DESC LIMIT 1',
  );

  // A version never changes once stored (it is keyed by its content hash), so parsing it once is enough.
  const parsed = new Map<string, StoredBoardVersion>();
  const cached = (row: DbBoardVersion): StoredBoardVersion => {
    const known = parsed.get(row.hash);
    if (known) return known;
    const version = toDomain(row);
    parsed.set(row.hash, version);
    return version;
  };

  return {
    /** Stores a version once; storing the same content again changes nothing. Returns true when new. */
    store(version: { hash: string; board: Board; warnings: PackProblem[]; origin: 'shipped' | 'imported' }): boolean {
      const result = insert.run(
        sqlParams({
          hash: version.hash,
          board_id: version.board.meta.id,
          version: version.board.meta.version,
          board_json: JSON.stringify(version.board),
          warnings_json: JSON.stringify(version.warnings),
          origin: version.origin,
          stored_at: new Date().toISOString(),
        }),
      );
      return result.changes === 1;
    },
    get(hash: string): StoredBoardVersion | undefined {
      const known = parsed.get(hash);
      if (known) return known;
      const row = byHash.get(hash);
      return row && cached(row);
    },
    newest(boardId: string): StoredBoardVersion | undefined {
      const row = newestOf.get(boardId);
      return row && cached(row);
    },
    newestOfEach(): StoredBoardVersion[] {
      return newest.all().map(cached);
    },
  };
}
