import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBackend } from '../../testing/fakeBackend.ts';
import { createComparisonStore } from './comparison.ts';
import { useNotices } from './notices.ts';

let backend: ReturnType<typeof fakeBackend>;

beforeEach(() => {
  backend = fakeBackend();
  useNotices.setState({ error: null, status: null });
});

function comparison(earlier: string, later: string) {
  return { earlier: { id: earlier }, later: { id: later }, items: [] };
}

describe('the compare view', () => {
  it('shows the answer to the question asked last, however the answers arrive', async () => {
    const comparisons = createComparisonStore(backend.api);
    const first = comparisons.getState().compare('a', 'b');
    const second = comparisons.getState().compare('a', 'c');
    await backend.answer('sessions.compare', comparison('a', 'c'), { laterSessionId: 'c' });
    await second;
    await backend.answer('sessions.compare', comparison('a', 'b'), { laterSessionId: 'b' });
    await first;
    expect(comparisons.getState().comparison?.later.id).toBe('c');
  });

  it('drops a late answer once the comparison was cleared', async () => {
    const comparisons = createComparisonStore(backend.api);
    const asking = comparisons.getState().compare('a', 'b');
    comparisons.getState().clearComparison();
    await backend.answer('sessions.compare', comparison('a', 'b'));
    await asking;
    expect(comparisons.getState().comparison).toBeNull();
  });

  it('does not show the failure of a question nobody waits for any more', async () => {
    const comparisons = createComparisonStore(backend.api);
    const first = comparisons.getState().compare('a', 'b');
    const second = comparisons.getState().compare('a', 'c');
    await backend.fail('sessions.compare', new Error('old question failed'), { laterSessionId: 'b' });
    await first;
    expect(useNotices.getState().error).toBeNull();
    await backend.answer('sessions.compare', comparison('a', 'c'));
    await second;
    expect(comparisons.getState().comparison?.later.id).toBe('c');
  });
});
