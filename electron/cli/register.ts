import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RegisterEntry } from '../../shared/session/register.ts';
import { decisionNumber } from '../../shared/session/register.ts';
import { createCore, type Core } from '../core/index.ts';
import { defaultDataDir } from '../adapters/dataFolder.ts';
import { forTerminal } from './terminal.ts';

const resourcesDir = join(import.meta.dirname, '..', '..', 'resources');

const USAGE = 'usage: boardwalk register --board ID [--data-dir DIR] [--lang nl|en] [--ics FILE]';

class RegisterFailure extends Error {}

async function call<T>(core: Core, method: Parameters<Core['dispatch']>[0], input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new RegisterFailure(result.error.message);
  return result.value as T;
}

function line(entry: RegisterEntry): string {
  const review = entry.nextReviewDate ? ` review ${entry.nextReviewDate}` : '';
  return `${decisionNumber(entry.number)}  ${entry.state.padEnd(10)} ${entry.itemId}  (${entry.decidedIn.title}, ${entry.decidedIn.date})${review}`;
}

/** `boardwalk register`: a board's decision log, or with --ics its review dates as a calendar file. */
export async function registerCommand(args: string[], print: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      board: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      ics: { type: 'string' },
    },
  });
  const fail = (message: string) => process.stderr.write(`${forTerminal(`boardwalk register: ${message}`)}\n`);
  if (!values.board || (values.lang !== 'nl' && values.lang !== 'en')) {
    fail(USAGE);
    return 2;
  }
  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  if (!existsSync(join(dataDir, 'boardwalk.db'))) {
    fail(`no Boardwalk data in ${dataDir}`);
    return 1;
  }
  let core: Core | undefined;
  try {
    core = await createCore({ dataDir, resourcesDir, renderPdf: async () => new Uint8Array(), log: () => {} });
    if (values.ics) {
      const file = await call<{ base64: string }>(core, 'register.ics', {
        boardId: values.board,
        language: values.lang,
      });
      const out = resolve(values.ics);
      writeFileSync(out, Buffer.from(file.base64, 'base64'));
      print(forTerminal(`wrote ${out}`));
      return 0;
    }
    const entries = await call<RegisterEntry[]>(core, 'register.list', { boardId: values.board });
    for (const entry of entries) print(forTerminal(line(entry)));
    return 0;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    core?.close();
  }
}
