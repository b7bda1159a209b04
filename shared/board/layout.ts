import { z } from 'zod';

/**
 * A graph layout kept per board version, so a board opened again paints at once. Which part of the
 * board it lays out is its scope: the whole board, or the part one item is about.
 */
export const layoutScopeSchema = z
  .string()
  .max(300)
  .regex(/^(board|item:[a-z0-9_-]+)$/, "'board' or 'item:<item id>'");
export type LayoutScope = z.infer<typeof layoutScopeSchema>;

export const LAYOUT_ENGINES = ['lanes', 'elk'] as const;

export const graphLayoutSchema = z.object({
  engine: z.enum(LAYOUT_ENGINES),
  /** The version of the code that computed it: a layout kept by another version is computed afresh. */
  version: z.number().int().positive(),
  /** The top-left corner of each node, by node id. */
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
});
export type GraphLayout = z.infer<typeof graphLayoutSchema>;
