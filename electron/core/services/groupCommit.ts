type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Entry {
  work: (onRollback: (undo: () => void) => void) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Changes that arrive together (a room of phones voting at once) are committed in one durable
 * transaction: one sync to disk for the burst instead of one per vote. Each change still runs on
 * its own (a nested transaction) and fails on its own; each caller hears back only once the
 * whole burst is on disk. A change's in-memory effects register how to take them back, should
 * the burst's commit fail.
 */
export function createGroupCommit(transaction: (work: () => void) => void) {
  let queue: Entry[] = [];

  function flush(): void {
    const batch = queue;
    queue = [];
    const settled: Settled[] = [];
    const rollbacks: (() => void)[] = [];
    try {
      transaction(() => {
        for (const entry of batch) {
          try {
            settled.push({ ok: true, value: entry.work((undo) => rollbacks.push(undo)) });
          } catch (error) {
            settled.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      rollbacks.reverse().forEach((undo) => undo());
      batch.forEach((entry) => entry.reject(error));
      return;
    }
    batch.forEach((entry, index) => {
      const result = settled[index]!;
      if (result.ok) entry.resolve(result.value);
      else entry.reject(result.error);
    });
  }

  return function commit<T>(work: (onRollback: (undo: () => void) => void) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (queue.length === 1) setImmediate(flush);
    });
  };
}
