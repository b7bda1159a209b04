import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './groupCommit.ts';

describe('committing a burst of changes together', () => {
  it('runs every change of a burst in one transaction, each failing on its own', async () => {
    let transactions = 0;
    const commit = createGroupCommit((work) => {
      transactions += 1;
      work();
    });
    const results = await Promise.allSettled([
      commit(() => 1),
      commit(() => {
        throw new Error('this one only');
      }),
      commit(() => 3),
    ]);
    expect(transactions).toBe(1);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await commit(() => 4)).toBe(4);
    expect(transactions).toBe(2);
  });

  it('takes back the in-memory effects and tells every caller when the commit itself fails', async () => {
    const ballots = new Map<string, string>([['Cees', 'a']]);
    const commit = createGroupCommit((work) => {
      work();
      throw new Error('disk gone');
    });
    const change = (name: string, choice: string) =>
      commit((onRollback) => {
        const previous = ballots.get(name);
        ballots.set(name, choice);
        onRollback(() => (previous === undefined ? ballots.delete(name) : ballots.set(name, previous)));
      });
    const results = await Promise.allSettled([change('Cees', 'b'), change('Dirk', 'a'), change('Cees', 'c')]);
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect([...ballots]).toEqual([['Cees', 'a']]);
  });
});
