import type { PackProblem } from '../../../shared/board/problems.ts';
import { englishMessage } from '../translator.ts';
import { loadPackFiles, MAX_UNPACKED_BYTES, packFilesFromBytes, type PackResult } from './load.ts';
import { PackZipError } from './zip.ts';

/** A file of an upload: a YAML file of a folder, a single YAML file or a zip. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** A pack that could not even be read as files: unreadable, too large, or a zip that lies or is damaged. */
export type UploadResult = PackResult | { ok: false; unreadable: PackProblem; errors: PackProblem[]; warnings: [] };

/** One problem for the whole upload, placed at the file (and the zip entry, as its path) where reading stopped. */
export function unreadableProblem(file: string, code: string, params: PackProblem['params'], entry = ''): PackProblem {
  return { file, line: 1, column: 1, path: entry, code, params, message: englishMessage(code, params) };
}

function problemOf(file: string, error: unknown): PackProblem {
  if (error instanceof PackZipError) return unreadableProblem(file, error.code, error.params, error.entry);
  if (error instanceof RangeError)
    return unreadableProblem(file, 'too-large', { limit: MAX_UNPACKED_BYTES / 1024 / 1024 });
  return unreadableProblem(file, 'unreadable', {});
}

/** Reads and validates an uploaded pack; nothing is stored. Runs in the pack worker (packs/worker.ts). */
export function readUpload(files: UploadedFile[]): UploadResult {
  const sources = [];
  for (const file of files) {
    try {
      sources.push(...packFilesFromBytes(file.name, file.bytes));
    } catch (error) {
      const unreadable = problemOf(file.name, error);
      return { ok: false, unreadable, errors: [unreadable], warnings: [] };
    }
  }
  return loadPackFiles(sources);
}
