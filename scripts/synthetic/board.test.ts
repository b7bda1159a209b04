import { describe, expect, it } from 'vitest';
import { loadPackFiles } from '../../electron/core/packs/load.ts';
import { sessionFileSchema } from '../../shared/session/file.ts';
import { checkSessionFile } from '../../shared/session/fileCheck.ts';
import { syntheticBoard, syntheticPackYaml } from './board.ts';
import { syntheticSessionFile } from './session.ts';

describe('the synthetic boards', () => {
  it('are valid packs with about 1.3 edges per node, across the lanes, with items of several kinds', () => {
    const result = loadPackFiles([{ name: 'board.yaml', text: syntheticPackYaml(1000, 3) }]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    const { board } = result;
    expect(board.nodes).toHaveLength(1000);
    expect(board.edges.length / board.nodes.length).toBeGreaterThan(1.2);
    expect(board.edges.length / board.nodes.length).toBeLessThan(1.4);
    expect(new Set(board.nodes.map((node) => node.type)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(board.items.map((item) => item.kind))).toEqual(
      new Set(['risk', 'open-question', 'conflict', 'assumption']),
    );
    expect(board.edges.some((edge) => edge.from.split('_')[0] !== edge.to.split('_')[0])).toBe(true);
  });

  it('are the same for the same size and seed', () => {
    expect(syntheticBoard(300, 5)).toEqual(syntheticBoard(300, 5));
    expect(syntheticBoard(300, 5)).not.toEqual(syntheticBoard(300, 6));
  });
});

describe('the synthetic session', () => {
  it('is a session file that adds up, with as many recorded changes as asked', () => {
    const result = loadPackFiles([{ name: 'board.yaml', text: syntheticPackYaml(200) }]);
    if (!result.ok) throw new Error('the synthetic board is invalid');
    const file = sessionFileSchema.parse(syntheticSessionFile(result.board, result.hash, 500));
    expect(checkSessionFile(file)).toEqual([]);
    expect(file.events).toHaveLength(501);
    expect(file.events.filter((event) => event.type === 'outcome.recorded')).toHaveLength(500);
  });
});
