import { graphLayoutSchema, type GraphLayout } from '../../../shared/board/layout.ts';
import type { Db } from './open.ts';
import { sqlParams } from './rows.ts';

/** Kept graph layouts, one per board version and scope; a stored shape that no longer fits reads as none. */
export function boardLayoutRepository(db: Db) {
  const byKey = db.prepare<[string, string], { layout_json: string }>(
    'SELECT layout_json FROM board_layouts WHERE board_hash = ? AND scope = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO board_layouts (board_hash, scope, layout_json, computed_at) VALUES (@board_hash, @scope, @layout_json, @computed_at)
     ON CONFLICT (board_hash, scope) DO UPDATE SET layout_json = excluded.layout_json, computed_at = excluded.computed_at`,
  );
  return {
    get(boardHash: string, scope: string): GraphLayout | null {
      const row = byKey.get(boardHash, scope);
      if (!row) return null;
      const parsed = graphLayoutSchema.safeParse(JSON.parse(row.layout_json));
      return parsed.success ? parsed.data : null;
    },
    save(boardHash: string, scope: string, layout: GraphLayout, at: string): void {
      upsert.run(sqlParams({ board_hash: boardHash, scope, layout_json: JSON.stringify(layout), computed_at: at }));
    },
  };
}
