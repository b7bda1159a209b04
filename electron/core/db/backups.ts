import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './open.ts';

const AUTO_PREFIX = 'auto-';
export const BACKUP_INTERVAL_MS = 60 * 60 * 1000;
export const BACKUPS_KEPT = 10;

export interface BackupFile {
  path: string;
  name: string;
  /** When it was taken, read from its name (an ISO time with ':' and '.' as '-'). */
  takenAt: string;
}

function takenAtOf(name: string): string {
  const match = /(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : '';
}

export function listBackups(backupsDir: string): BackupFile[] {
  if (!existsSync(backupsDir)) return [];
  return readdirSync(backupsDir)
    .filter((name) => name.endsWith('.db'))
    .map((name) => ({ path: join(backupsDir, name), name, takenAt: takenAtOf(name) }))
    .filter((backup) => backup.takenAt !== '')
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** A copy made when the database file was deleted or replaced while the app ran (identity.ts). */
export interface RescuedCopy {
  path: string;
  rescuedAt: string;
}

/** The rescued copies beside the database, newest first: said at every start until they are moved. */
export function listRescuedCopies(dataDir: string): RescuedCopy[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .filter((name) => name.startsWith('boardwalk.rescued-') && name.endsWith('.db'))
    .map((name) => ({ path: join(dataDir, name), rescuedAt: takenAtOf(name) }))
    .sort((a, b) => b.rescuedAt.localeCompare(a.rescuedAt));
}

function isGood(path: string): boolean {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export function newestGoodBackup(backupsDir: string): BackupFile | undefined {
  return listBackups(backupsDir).find((backup) => isGood(backup.path));
}

/** Takes a backup when the newest automatic one is an hour old or more, and keeps the last ten. */
export async function rotateBackups(db: Db, backupsDir: string, now = new Date()): Promise<BackupFile | undefined> {
  mkdirSync(backupsDir, { recursive: true });
  const automatic = listBackups(backupsDir).filter((backup) => backup.name.startsWith(AUTO_PREFIX));
  const newest = automatic[0];
  if (newest && now.getTime() - Date.parse(newest.takenAt) < BACKUP_INTERVAL_MS) return undefined;
  const name = `${AUTO_PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.db`;
  await db.backup(join(backupsDir, name));
  for (const old of [{ name }, ...automatic].slice(BACKUPS_KEPT)) rmSync(join(backupsDir, old.name), { force: true });
  return { path: join(backupsDir, name), name, takenAt: now.toISOString() };
}

/** Puts a backup where the database belongs; refuses to overwrite a database that is still there. */
export function restoreBackup(dbPath: string, backupPath: string): void {
  if (existsSync(dbPath)) throw new Error(`Not restoring over the existing database at ${dbPath}`);
  if (!isGood(backupPath)) throw new Error(`The backup at ${backupPath} does not pass the integrity check`);
  copyFileSync(backupPath, dbPath);
}
