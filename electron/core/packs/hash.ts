import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/board/canonical.ts';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A board version's identity: the hash of its canonical content, whatever order or defaults it was written with. */
export function contentHash(board: unknown): string {
  return sha256(canonicalJson(board));
}

/**
 * The hash versions before schema 4 used: the board's JSON as it was serialized then. Session files
 * exported by those versions carry it, so an import recognises it on the board as written in the file.
 */
export function legacyContentHash(boardAsWritten: unknown): string {
  return sha256(JSON.stringify(boardAsWritten));
}
