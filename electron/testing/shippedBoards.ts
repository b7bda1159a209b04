import { join } from 'node:path';
import type { Board } from '../../shared/board/schema.ts';
import { RESOURCES_DIR } from './fixtures.ts';
import { loadPack } from '../core/packs/load.ts';

/** For the tests that hold the boards the app ships with to their sources and to the glossary. */
export const SHIPPED = ['webshop-migration', 'webshop-layer2'] as const;

export function boardDir(id: string): string {
  return join(RESOURCES_DIR, 'boards', id);
}

export function loadShipped(id: string): Board {
  const result = loadPack(boardDir(id));
  if (!result.ok) throw new Error(`${id} does not load:\n${result.errors.map((error) => error.message).join('\n')}`);
  return result.board;
}

export interface BoardText {
  path: string;
  nl: string;
  en: string;
}

/** Every `{ nl, en }` pair anywhere in the board, with where it is. */
export function textsOf(value: unknown, path = ''): BoardText[] {
  if (Array.isArray(value)) return value.flatMap((entry, index) => textsOf(entry, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && keys.includes('nl') && keys.includes('en'))
    return [{ path, nl: String(record.nl), en: String(record.en) }];
  const at = typeof record.id === 'string' ? `${path}{${record.id}}` : path;
  return keys.flatMap((key) => textsOf(record[key], `${at}.${key}`));
}
