import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { ApiOutput } from '../../shared/api/contract.ts';
import type { ApiResult } from '../../shared/api/errors.ts';
import type { WrittenFolder } from '../../shared/shell.ts';
import { errorBody, INDEX_START, mergeIndex } from '../core/index.ts';

/** A name inside the folder: relative, forward slashes, never climbing out of it. */
function staysInside(name: string): boolean {
  if (name === '' || isAbsolute(name) || /^[a-zA-Z]:/.test(name) || name.includes('\\')) return false;
  return name.split('/').every((part) => part !== '..' && part !== '');
}

/** A decision index already in the folder is updated, not overwritten: what people wrote around it stays. */
function keepingWhatIsThere(path: string, content: Uint8Array): Uint8Array {
  const text = Buffer.from(content).toString('utf8');
  if (!text.includes(INDEX_START) || !existsSync(path)) return content;
  return Buffer.from(mergeIndex(readFileSync(path, 'utf8'), text), 'utf8');
}

/**
 * The files of a zip written into a folder, so decision records land beside the code they are about.
 * Every name is checked before anything is written: a bad one leaves the folder as it was.
 */
export function writeZipIntoFolder(folder: string, zip: Uint8Array): string[] {
  const entries = Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/'));
  const outside = entries.find(([name]) => !staysInside(name));
  if (outside) throw new Error(`The export names a file outside the folder: ${outside[0]}`);
  return entries.map(([name, content]) => {
    const path = join(folder, ...name.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, keepingWhatIsThere(path, content));
    return path;
  });
}

function writeFailure(folder: string, error: unknown): ApiResult<WrittenFolder> {
  const code = (error as NodeJS.ErrnoException).code;
  const denied = code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
  const details = { path: folder };
  return {
    ok: false,
    error: denied
      ? errorBody('read-only', 'folderNotWritableDenied', { folder }, details)
      : errorBody('internal', 'folderNotWritable', { folder, detail: (error as Error).message }, details),
  };
}

/**
 * Writes an exported report into a folder the user chose (the desktop app's "write into a folder"):
 * a zip's files one by one, any other format as its one file. The caller exports; a refused export
 * is passed on as it is.
 */
export function writeExportIntoFolder(
  exported: ApiResult<ApiOutput<'reports.export'>>,
  folder: string,
): ApiResult<WrittenFolder> {
  if (!exported.ok) return exported;
  const file = exported.value;
  const bytes = Buffer.from(file.base64, 'base64');
  try {
    if (file.mimeType === 'application/zip')
      return { ok: true, value: { folder, files: writeZipIntoFolder(folder, bytes) } };
    const path = join(folder, file.fileName);
    writeFileSync(path, bytes);
    return { ok: true, value: { folder, files: [path] } };
  } catch (error) {
    return writeFailure(folder, error);
  }
}
