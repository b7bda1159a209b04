import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import { checkBoard, type BoardFinding } from '../../../shared/board/check.ts';
import type { PackProblem } from '../../../shared/board/problems.ts';
import { packFileSchema, boardSchema, type Board, type PackFile } from '../../../shared/board/schema.ts';
import { contentHash } from './hash.ts';
import { unzipChecked } from './zip.ts';
import { describeZodIssue } from './problems.ts';
import { englishMessage } from '../translator.ts';

export interface PackSourceFile {
  name: string;
  text: string;
}

export type PackResult =
  | { ok: true; board: Board; hash: string; warnings: PackProblem[] }
  | { ok: false; errors: PackProblem[]; warnings: PackProblem[] };

interface ParsedFile {
  name: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: PackFile;
}

const MERGED_LISTS = ['nodes', 'edges', 'items', 'layers', 'traceability'] as const;

function problem(
  file: string,
  at: { line: number; col: number },
  path: (string | number)[],
  code: string,
  params: PackProblem['params'],
): PackProblem {
  return {
    file,
    line: at.line,
    column: at.col,
    path: path.join('.'),
    code,
    params,
    message: englishMessage(code, params),
  };
}

function locateIn(parsed: { doc: Document.Parsed; lines: LineCounter }, path: (string | number)[]) {
  // Walk up until a node exists: a missing key is reported where its parent is.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = parsed.doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return parsed.lines.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

type ParseResult = { parsed?: ParsedFile; errors: PackProblem[] };

// Parsing YAML is the slow part of validation; a file validated again unchanged is not parsed again.
const recentlyParsed = new Map<string, ParseResult>();
const RECENT_LIMIT = 32;

/** Larger files are parsed each time rather than kept, text and all, in the cache. */
const CACHED_TEXT_LIMIT = 1024 * 1024;

function parseFileOnce(file: PackSourceFile): ParseResult {
  if (file.text.length > CACHED_TEXT_LIMIT) return parseFile(file);
  const key = `${file.name}\u0000${file.text}`;
  const cached = recentlyParsed.get(key);
  if (cached) return cached;
  const result = parseFile(file);
  if (recentlyParsed.size >= RECENT_LIMIT) recentlyParsed.delete(recentlyParsed.keys().next().value!);
  recentlyParsed.set(key, result);
  return result;
}

/**
 * How often YAML aliases (`*name`) may be expanded in one file, counting nested expansions: a
 * board pack needs a few, while a few lines of nested aliases can expand to gigabytes.
 */
export const MAX_ALIAS_EXPANSIONS = 100;

/** Where the trouble is: the alias it names, else the first alias of the file. */
function firstAlias(doc: Document.Parsed, source?: string): [number, number] | undefined {
  let found: [number, number] | undefined;
  visit(doc, {
    Alias(_, node) {
      if (source !== undefined && node.source !== source) return undefined;
      found = node.range ? [node.range[0], node.range[1]] : undefined;
      return visit.BREAK;
    },
  });
  return found;
}

/** yaml throws while resolving aliases: too many expansions, or an alias without its anchor. */
function aliasProblem(name: string, doc: Document.Parsed, lines: LineCounter, error: Error): PackProblem {
  const unresolved = /Unresolved alias[^:]*: (.+)$/.exec(error.message)?.[1];
  const range = firstAlias(doc, unresolved) ?? firstAlias(doc);
  const at = range ? lines.linePos(range[0]) : { line: 1, col: 1 };
  if (error instanceof ReferenceError && /Excessive alias count/.test(error.message))
    return problem(name, at, [], 'too-many-aliases', { limit: MAX_ALIAS_EXPANSIONS });
  return problem(name, at, [], 'yaml-syntax', { detail: error.message.split('\n')[0]! });
}

function parseFile(file: PackSourceFile): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((error) =>
        problem(file.name, lines.linePos(error.pos[0]), [], 'yaml-syntax', { detail: error.message.split('\n')[0]! }),
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
  } catch (error) {
    return { errors: [aliasProblem(file.name, doc, lines, error as Error)] };
  }
  // With the input in each issue, a value of the wrong type is told apart from a missing one.
  const result = packFileSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) => {
        const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
        const { code, params } = describeZodIssue(issue);
        return problem(file.name, locateIn({ doc, lines }, path), path, code, params);
      }),
    };
  }
  return { parsed: { name: file.name, doc, lines, data: result.data }, errors: [] };
}

interface Origin {
  file: ParsedFile;
  index: number;
}

function mergeFiles(files: ParsedFile[]) {
  const origins: Record<string, Origin[]> = {};
  const merged: Record<string, unknown[]> = {};
  for (const list of MERGED_LISTS) {
    origins[list] = [];
    merged[list] = [];
    for (const file of files)
      (file.data[list] ?? []).forEach((entry, index) => {
        merged[list]!.push(entry);
        origins[list]!.push({ file, index });
      });
  }
  const metaFiles = files.filter((file) => file.data.board);
  const contextFile = files.find((file) => file.data.context);
  const board = {
    meta: metaFiles[0]?.data.board,
    ...merged,
    context: contextFile?.data.context ?? { variables: [], rules: [] },
  };
  return { board, origins, metaFiles, contextFile };
}

interface FindingHomes {
  origins: Record<string, Origin[]>;
  metaFile: ParsedFile;
  contextFile?: ParsedFile;
}

function mapFinding(finding: BoardFinding, { origins, metaFile, contextFile }: FindingHomes): PackProblem {
  const [list, index, ...rest] = finding.path;
  // The merged board calls it `meta`; in the pack it is the `board:` section of one file.
  if (list === 'meta') {
    const path = ['board', ...finding.path.slice(1)];
    return problem(metaFile.name, locateIn(metaFile, path), path, finding.code, finding.params);
  }
  const origin = typeof list === 'string' && typeof index === 'number' ? origins[list]?.[index] : undefined;
  const file = origin?.file ?? contextFile;
  if (!file) return problem('(pack)', { line: 1, col: 1 }, finding.path, finding.code, finding.params);
  const path = origin ? [list!, origin.index, ...rest] : finding.path;
  return problem(file.name, locateIn(file, path), path, finding.code, finding.params);
}

/** Validates a pack given as files; nothing is stored here. */
export function loadPackFiles(files: PackSourceFile[]): PackResult {
  if (files.length === 0)
    return { ok: false, errors: [problem('(pack)', { line: 1, col: 1 }, [], 'empty-pack', {})], warnings: [] };
  const tooBig = sizeProblem(files);
  if (tooBig) return { ok: false, errors: [tooBig], warnings: [] };
  const parsed = files.map(parseFileOnce);
  const errors = parsed.flatMap((result) => result.errors);
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  const good = parsed.map((result) => result.parsed!);
  const { board: merged, origins, metaFiles, contextFile } = mergeFiles(good);
  if (metaFiles.length !== 1) {
    const code = metaFiles.length === 0 ? 'missing-meta' : 'duplicate-meta';
    const at = metaFiles[1] ?? good[0]!;
    return { ok: false, errors: [problem(at.name, { line: 1, col: 1 }, ['board'], code, {})], warnings: [] };
  }
  const shaped = boardSchema.safeParse(merged, { reportInput: true });
  if (!shaped.success) {
    const problems = shaped.error.issues.map((issue) => {
      const { code, params } = describeZodIssue(issue);
      return problem(metaFiles[0]!.name, { line: 1, col: 1 }, issue.path.map(String), code, params);
    });
    return { ok: false, errors: problems, warnings: [] };
  }
  const board = shaped.data;
  const check = checkBoard(board);
  const homes: FindingHomes = { origins, metaFile: metaFiles[0]!, contextFile };
  const warnings = check.warnings.map((finding) => mapFinding(finding, homes));
  if (check.errors.length > 0)
    return { ok: false, errors: check.errors.map((finding) => mapFinding(finding, homes)), warnings };
  return { ok: true, board, hash: contentHash(board), warnings };
}

/** Far more files than any board pack has; more are not read at all. */
export const MAX_PACK_FILES = 500;

/** Checked before a byte is parsed: too many files, or more text than MAX_UNPACKED_BYTES in all. */
function sizeProblem(files: PackSourceFile[]): PackProblem | undefined {
  const at = { line: 1, col: 1 };
  if (files.length > MAX_PACK_FILES) return problem('(pack)', at, [], 'too-many-files', { limit: MAX_PACK_FILES });
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  if (bytes > MAX_UNPACKED_BYTES)
    return problem('(pack)', at, [], 'too-large', { limit: MAX_UNPACKED_BYTES / 1024 / 1024 });
  return undefined;
}

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);

function isYaml(name: string): boolean {
  return YAML_EXTENSIONS.has(extname(name).toLowerCase());
}

/** Reads a pack from a folder, a single YAML file or a zip of either, in a stable order. */
export function readPackFiles(path: string): PackSourceFile[] {
  if (statSync(path).isDirectory()) {
    const names = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter(isYaml).sort();
    // One more than the limit is enough for loadPackFiles to refuse them; the rest stay unread.
    let size = 0;
    return names.slice(0, MAX_PACK_FILES + 1).map((name) => {
      size += statSync(join(path, name)).size;
      if (size > MAX_UNPACKED_BYTES)
        throw new PackTooLargeError(`${path} holds more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB of YAML`);
      return { name, text: readFileSync(join(path, name), 'utf8') };
    });
  }
  const bytes = readFileSync(path);
  return packFilesFromBytes(basename(path), bytes);
}

/** More than any real board pack holds; a zip that unpacks to more is refused before it is unpacked. */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

export class PackTooLargeError extends Error {}

export function packFilesFromBytes(name: string, bytes: Uint8Array): PackSourceFile[] {
  if (extname(name).toLowerCase() === '.zip') {
    const entries = unzipChecked(bytes, {
      maxBytes: MAX_UNPACKED_BYTES,
      // One more than the limit is unpacked, so loadPackFiles refuses the pack; the rest never are.
      maxEntries: MAX_PACK_FILES + 1,
      wanted: (entry) => isYaml(entry) && !entry.startsWith('__MACOSX'),
    });
    return entries
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((entry) => ({ name: entry.name, text: new TextDecoder().decode(entry.bytes) }));
  }
  return [{ name, text: new TextDecoder().decode(bytes) }];
}

export function loadPack(path: string): PackResult {
  return loadPackFiles(readPackFiles(path));
}
