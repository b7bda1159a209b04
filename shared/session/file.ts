import { z } from 'zod';
import { boardSchema } from '../board/schema.ts';
import { auditEventSchema } from './events.ts';
import { outcomeSchema, sessionSchema } from './schema.ts';
import { sessionSettingsSchema } from './settings.ts';

export const SESSION_FILE_FORMAT = 'boardwalk-session';
export const SESSION_FILE_VERSION = 1;

/**
 * A whole session as one JSON file, the decision trail teams keep in Git. It carries the board
 * version it was held on, so it can be opened on a machine that never had that version.
 */
export const sessionFileSchema = z.object({
  format: z.literal(SESSION_FILE_FORMAT),
  version: z.literal(SESSION_FILE_VERSION),
  exportedAt: z.string(),
  board: z.object({ hash: z.string(), content: boardSchema }),
  session: sessionSchema,
  outcomes: z.array(outcomeSchema),
  events: z.array(auditEventSchema),
  /** Absent in files from before sessions kept settings. */
  settings: sessionSettingsSchema.default({}),
});
export type SessionFile = z.infer<typeof sessionFileSchema>;
