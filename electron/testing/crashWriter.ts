/**
 * The child process of crash.test.ts: records outcomes as fast as it can until it is killed.
 * After each `outcomes.record` call has resolved (its commit is durable), it prints
 * `ack <rationale>` on its own line; the test kills it with SIGKILL at a random moment and
 * then checks that every acknowledged write survived.
 *
 * Usage: node crash-writer.ts <root> <dataDir> <sessionFile> <round>
 *   root         a folder for the mini resources (see startMiniCore)
 *   dataDir      the data folder, reused across rounds so the database accumulates
 *   sessionFile  holds the session id; created (with the session) in the first round
 *   round        a number that makes every rationale unique: write-<round>-<n>
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { call, startMiniCore } from './miniCore.ts';

export const CRASH_ITEM = 'deploy_tool_choice';
/** The writer gives up by itself after this long, should nobody kill it. */
const MAX_RUN_MS = 30_000;

/** What write n of a round records: the status and option alternate, the rationale is unique. */
export function crashWrite(round: number, n: number) {
  return {
    status: n % 2 === 0 ? ('decided' as const) : ('deferred' as const),
    chosenOption: n % 2 === 0 ? 'argo_cd' : 'flux',
    rationale: `write-${round}-${n}`,
  };
}

async function main(): Promise<void> {
  const [root, dataDir, sessionFile, roundText] = process.argv.slice(2);
  if (!root || !dataDir || !sessionFile || !roundText)
    throw new Error('usage: crash-writer <root> <dataDir> <sessionFile> <round>');
  const round = Number(roundText);
  const core = await startMiniCore(root, dataDir);

  let sessionId: string;
  if (existsSync(sessionFile)) {
    sessionId = readFileSync(sessionFile, 'utf8').trim();
  } else {
    const session = await call(core, 'sessions.create', {
      boardId: 'fixture-mini',
      title: 'Crash test',
      date: '2026-09-30',
      facilitator: 'crash-writer',
      language: 'en',
    });
    sessionId = session.id;
    // Whole or not at all: a rename, so a later round never reads half an id.
    writeFileSync(`${sessionFile}.tmp`, sessionId);
    renameSync(`${sessionFile}.tmp`, sessionFile);
  }

  const deadline = Date.now() + MAX_RUN_MS;
  for (let n = 0; Date.now() < deadline; n++) {
    const changes = crashWrite(round, n);
    await call(core, 'outcomes.record', { sessionId, itemId: CRASH_ITEM, changes, actor: 'crash-writer' });
    // Stdout on a pipe is written synchronously on Linux: once this returns, the ack is the parent's.
    process.stdout.write(`ack ${changes.rationale}\n`);
  }
  core.close();
}

if (import.meta.filename === process.argv[1]) {
  main().catch((error: Error) => {
    process.stderr.write(`crash-writer: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
