import { describe, expect, it } from 'vitest';
import { call, failure, useMiniCore } from '../testing/miniCore.ts';

const mini = useMiniCore();

const layout = {
  engine: 'lanes' as const,
  version: 1,
  positions: { br_no_downtime: { x: 0, y: 0 }, tr_rolling_updates: { x: 400, y: 0 } },
};

async function miniHash(): Promise<string> {
  return (await call(mini.core, 'boards.get', { boardId: 'fixture-mini' })).hash;
}

describe('kept graph layouts', () => {
  it('are kept per board version and scope, and read back after a restart', async () => {
    const boardHash = await miniHash();
    expect(await call(mini.core, 'layouts.get', { boardHash, scope: 'board' })).toBeNull();
    await call(mini.core, 'layouts.save', { boardHash, scope: 'board', layout });
    const itemLayout = { ...layout, engine: 'elk' as const, positions: { tool_argo_cd: { x: 5, y: 6 } } };
    await call(mini.core, 'layouts.save', { boardHash, scope: 'item:deploy_tool_choice', layout: itemLayout });
    await mini.restart();
    expect(await call(mini.core, 'layouts.get', { boardHash, scope: 'board' })).toEqual(layout);
    expect(await call(mini.core, 'layouts.get', { boardHash, scope: 'item:deploy_tool_choice' })).toEqual(itemLayout);
  });

  it('replace the layout kept before for the same scope', async () => {
    const boardHash = await miniHash();
    await call(mini.core, 'layouts.save', { boardHash, scope: 'board', layout });
    const newer = { ...layout, version: 2 };
    await call(mini.core, 'layouts.save', { boardHash, scope: 'board', layout: newer });
    expect(await call(mini.core, 'layouts.get', { boardHash, scope: 'board' })).toEqual(newer);
  });

  it('refuse an unknown board version, a node the board lacks, and a scope of another shape', async () => {
    const boardHash = await miniHash();
    expect(await failure(mini.core, 'layouts.get', { boardHash: 'nope', scope: 'board' })).toBe('not-found');
    expect(await failure(mini.core, 'layouts.save', { boardHash: 'nope', scope: 'board', layout })).toBe('not-found');
    const stranger = { ...layout, positions: { ...layout.positions, ghost: { x: 1, y: 1 } } };
    expect(await failure(mini.core, 'layouts.save', { boardHash, scope: 'board', layout: stranger })).toBe(
      'bad-request',
    );
    expect(await failure(mini.core, 'layouts.get', { boardHash, scope: 'everything' })).toBe('bad-request');
    expect(await call(mini.core, 'layouts.get', { boardHash, scope: 'board' })).toBeNull();
  });
});

describe('the audit trail in pages', () => {
  it('reads a long trail page by page after a cursor, oldest first, also for one item', async () => {
    const session = await call(mini.core, 'sessions.create', {
      boardId: 'fixture-mini',
      title: 'Long',
      date: '2026-09-30',
      facilitator: 'Anouk',
      language: 'en',
    });
    for (let n = 0; n < 24; n++)
      await call(mini.core, 'outcomes.record', {
        sessionId: session.id,
        itemId: 'deploy_tool_choice',
        changes: { rationale: `change ${n}` },
      });
    const all = await call(mini.core, 'events.list', { sessionId: session.id });
    expect(all).toHaveLength(25);
    const pages: number[][] = [];
    let after = 0;
    for (;;) {
      const page = await call(mini.core, 'events.list', { sessionId: session.id, after, limit: 10 });
      if (page.length === 0) break;
      pages.push(page.map((event) => event.id));
      after = page.at(-1)!.id;
    }
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(all.map((event) => event.id));
    const ofItem = await call(mini.core, 'events.list', {
      sessionId: session.id,
      itemId: 'deploy_tool_choice',
      after: all[20]!.id,
      limit: 3,
    });
    expect(ofItem.map((event) => event.id)).toEqual(all.slice(21, 24).map((event) => event.id));
    expect(await failure(mini.core, 'events.list', { sessionId: session.id, limit: 0 })).toBe('bad-request');
    expect(await failure(mini.core, 'events.list', { sessionId: session.id, limit: 100_000 })).toBe('bad-request');
  });
});
