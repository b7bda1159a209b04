import { boardSchema, type Board } from '../../shared/board/schema.ts';
import type { Session } from '../../shared/session/schema.ts';
import { memoryBackend, type MemoryWorld } from './memoryBackend.ts';
import { testSession } from './sessions.ts';

const text = (en: string, nl = `${en} (nl)`) => ({ en, nl });
const source = { document: 'adr-004', section: '2.1' };

/** A small board as a pack would give it (checked by the board's schema): three items, one with options and a checklist. */
export const BOARD: Board = boardSchema.parse({
  meta: { id: 'board', version: '1', title: text('Platform'), languages: ['nl', 'en'], credit: 'test', licence: 'MIT' },
  layers: [{ id: 'l0', title: text('Needs') }],
  nodes: [{ id: 'n1', layer: 'l0', type: 'business-requirement', label: text('Uptime') }],
  edges: [],
  items: [
    {
      id: 'db',
      kind: 'choice-space',
      title: text('Database engine', 'Database-engine'),
      refs: ['n1'],
      source,
      options: [
        { id: 'postgres', label: text('PostgreSQL') },
        { id: 'sqlite', label: text('SQLite') },
      ],
      checklist: [text('Backups tested')],
    },
    { id: 'auth', kind: 'assumption', title: text('Single sign-on exists', 'Eenmalige aanmelding bestaat'), source },
    { id: 'outage', kind: 'risk', title: text('Region outage', 'Uitval van een regio'), severity: 'high', source },
  ],
  context: { variables: [], rules: [] },
  traceability: [],
});

export function itemOf(id: string) {
  const item = BOARD.items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`No item ${id} on the test board`);
  return item;
}

/** The world a component test starts from: the board above and a session on it, with what `extra` adds. */
export function worldWith(session: Partial<Session> = {}, extra: Omit<MemoryWorld, 'board' | 'session'> = {}) {
  return {
    board: { hash: 'hash-1', board: BOARD, warnings: [] },
    session: testSession(session.id ?? 's1', session),
    ...extra,
  };
}

/**
 * The app's own stores over an in-memory back end: the back end goes in as the desktop's IPC
 * transport before the stores are made, which they are once, on the first import of
 * `stores/index.ts`. Components must be imported after this (with `await import`).
 */
export async function appOverMemory() {
  const backend = memoryBackend();
  window.boardwalk = backend.transport;
  // jsdom lays nothing out: scrolling a row into view has nothing to do there.
  Element.prototype.scrollIntoView ??= () => {};
  const stores = await import('../src/stores/index.ts');
  return { backend, stores };
}
