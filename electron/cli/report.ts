import { accessSync, constants, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createChromiumPrinter, findChromium } from '../adapters/chromiumPrinter.ts';
import { defaultDataDir } from '../adapters/dataFolder.ts';
import { writeZipIntoFolder } from '../adapters/reportFolder.ts';
import { OPTIONAL_SECTIONS, REPORT_FORMATS, type ReportFormat } from '../../shared/report/options.ts';
import type { Session } from '../../shared/session/schema.ts';
import { LANGUAGES } from '../../shared/text.ts';
import { englishError, openReportReader, type ReportReader } from '../core/index.ts';
import { forTerminal } from './terminal.ts';

class ReportFailure extends Error {}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ReportFailure(`--${what} must be one of ${allowed.join(', ')}`);
}

/** `--omit audit,risks`: each a section the report can leave out. */
function omittedSections(value: string | undefined) {
  return (value ? value.split(',') : []).map((name) => oneOf(name.trim(), OPTIONAL_SECTIONS, 'omit')!);
}

/** The session a user names by id, or by title when exactly one session has it. */
function pickSession(sessions: Session[], wanted: string): Session {
  const byId = sessions.find((session) => session.id === wanted);
  if (byId) return byId;
  const byTitle = sessions.filter((session) => session.title === wanted);
  if (byTitle.length === 1) return byTitle[0]!;
  const list = sessions
    .slice(0, 20)
    .map((session) => `  ${session.id}  ${session.date}  ${session.title}`)
    .join('\n');
  if (byTitle.length > 1)
    throw new ReportFailure(`${byTitle.length} sessions are titled '${wanted}'; name one by its id:\n${list}`);
  throw new ReportFailure(
    sessions.length === 0
      ? `no session '${wanted}': this data folder holds no sessions`
      : `no session '${wanted}'; the sessions are:\n${list}`,
  );
}

/** Says why a path cannot be written before any work is done. */
function checkWritable(path: string, asFolder: boolean): void {
  const target = asFolder && existsSync(path) ? path : dirname(path);
  try {
    if (!statSync(target).isDirectory()) throw new ReportFailure(`cannot write ${path}: ${target} is not a folder`);
    accessSync(target, constants.W_OK);
    if (!asFolder && existsSync(path) && statSync(path).isDirectory())
      throw new ReportFailure(`cannot write ${path}: it is a folder`);
  } catch (error) {
    if (error instanceof ReportFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `${target} does not exist`
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (error as Error).message;
    throw new ReportFailure(`cannot write ${path}: ${why}`);
  }
}

function writeOut(out: string, format: ReportFormat, bytes: Uint8Array): string[] {
  if (format === 'md' && !out.endsWith('.zip')) {
    // Decision records go straight into a folder, ready to commit beside the code.
    mkdirSync(out, { recursive: true });
    return writeZipIntoFolder(out, bytes);
  }
  writeFileSync(out, bytes);
  return [out];
}

const USAGE =
  'usage: boardwalk report --session ID-or-title [--data-dir DIR] [--lang nl|en] [--format pdf|html|md|csv|json] ' +
  '[--out PATH] [--include-undecided] [--omit section,…] [--include-notes] [--voter-names]';

export async function reportCommand(args: string[], print: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      session: { type: 'string' },
      lang: { type: 'string' },
      format: { type: 'string', default: 'pdf' },
      out: { type: 'string' },
      'include-undecided': { type: 'boolean', default: false },
      omit: { type: 'string' },
      'include-notes': { type: 'boolean', default: false },
      'voter-names': { type: 'boolean', default: false },
    },
  });
  // Line by line: a message's own line breaks stay line breaks; what is inside a line is made safe.
  const fail = (message: string) =>
    process.stderr.write(
      `${`boardwalk report: ${message}`
        .split('\n')
        .map((line) => forTerminal(line))
        .join('\n')}\n`,
    );
  if (!values.session) {
    fail(`name a session with --session\n${USAGE}`);
    return 2;
  }
  let reader: ReportReader | undefined;
  const printer = createChromiumPrinter();
  try {
    const format = oneOf(values.format, REPORT_FORMATS, 'format')!;
    const language = oneOf(values.lang, LANGUAGES, 'lang');
    const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
    if (!existsSync(join(dataDir, 'boardwalk.db'))) throw new ReportFailure(`no Boardwalk data in ${dataDir}`);
    if (format === 'pdf' && !findChromium()) throw new ReportFailure(englishError('noChromium'));
    if (values.out) checkWritable(resolve(values.out), format === 'md' && !values.out.endsWith('.zip'));
    // Read-only and without the folder's lock: the app may have the same data folder open meanwhile.
    reader = openReportReader(dataDir, printer.render);
    const session = pickSession(reader.sessions(), values.session);
    const file = await reader
      .export({
        sessionId: session.id,
        language: language ?? session.language,
        format,
        includeUndecided: values['include-undecided'],
        omitSections: omittedSections(values.omit),
        includeNotes: values['include-notes'],
        voterNames: values['voter-names'],
      })
      .catch((error: Error) => {
        throw new ReportFailure(error.message);
      });
    const out = resolve(values.out ?? file.fileName);
    if (!values.out) checkWritable(out, false);
    for (const written of writeOut(out, format, file.bytes)) print(forTerminal(`wrote ${written}`));
    return 0;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return error instanceof ReportFailure && /^--/.test(error.message) ? 2 : 1;
  } finally {
    reader?.close();
    await printer.close();
  }
}
