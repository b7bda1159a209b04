import { z } from 'zod';
import { registerEntrySchema, registerLineSchema } from './register.ts';

export const HISTORY_FILE_FORMAT = 'boardwalk-board-history';
export const HISTORY_FILE_VERSION = 1;

/** A decision as the register stores it (its state and history are worked out from the lines). */
export const storedEntrySchema = registerEntrySchema
  .pick({
    boardId: true,
    number: true,
    itemId: true,
    option: true,
    decidedIn: true,
    decidedAt: true,
    actor: true,
    supersedes: true,
    supersededBy: true,
  })
  .extend({ withdrawnIn: z.string().nullable() });

export const storedLineSchema = registerLineSchema.extend({ boardId: z.string() });

/**
 * A board's whole history as one file: every session (each a session file, board version
 * included, links between sessions kept by id) and the board's decision register with its numbers.
 * The sessions are checked one by one as session files when imported.
 */
export const historyFileSchema = z.object({
  format: z.literal(HISTORY_FILE_FORMAT),
  version: z.literal(HISTORY_FILE_VERSION),
  exportedAt: z.string(),
  boardId: z.string().min(1),
  sessions: z.array(z.unknown()).max(1000),
  register: z.object({ entries: z.array(storedEntrySchema), lines: z.array(storedLineSchema) }),
});
export type HistoryFile = z.infer<typeof historyFileSchema>;
