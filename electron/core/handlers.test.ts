import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api/methods.ts';
import { tempDir } from '../testing/fixtures.ts';
import { dataPaths } from './dataFolder.ts';
import { openStore, type Store } from './db/index.ts';
import { combineHandlers } from './handlers.ts';
import { createLiveChannel } from './presenterChannel.ts';
import { createPackReader } from './packs/offThread.ts';
import { handlerGroups } from './services/index.ts';

const opened: { store: Store; remove: () => void }[] = [];
afterEach(() =>
  opened.splice(0).forEach(({ store, remove }) => {
    store.close();
    remove();
  }),
);

async function groups() {
  const dir = tempDir();
  const paths = dataPaths(join(dir.path, 'data'));
  const store = await openStore({ path: paths.database, backupsDir: paths.backups });
  opened.push({ store, remove: dir.remove });
  const renderPdf = async () => new Uint8Array();
  return handlerGroups({ store, packs: createPackReader(), live: createLiveChannel(), dataDir: dir.path, renderPdf });
}

describe('handlers registered beside their domain', () => {
  it('answers every method of the contract with exactly one handler', async () => {
    const declared = (await groups()).groups.flatMap((group) => Object.keys(group));
    for (const method of API_METHODS)
      expect(
        declared.filter((name) => name === method),
        method,
      ).toHaveLength(1);
    expect(declared.filter((name) => !(API_METHODS as readonly string[]).includes(name))).toEqual([]);
  });

  it('refuses a method answered twice, and a method nobody answers', () => {
    const answer = () => ({ ok: true as const });
    expect(() => combineHandlers({ 'layouts.save': answer }, { 'layouts.save': answer })).toThrow(
      "Two handlers answer 'layouts.save'",
    );
    expect(() => combineHandlers({ 'layouts.save': answer })).toThrow(/No handler answers boards\.list/);
  });
});
