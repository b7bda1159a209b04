import { z } from 'zod';
import { boardMetaSchema, boardSchema } from '../board/schema.ts';
import { languageSchema } from '../text.ts';
import type { ApiResult } from './errors.ts';
import type { ApiMethod } from './methods.ts';
import {
  newSessionSchema,
  outcomeSchema,
  recordOutcomeSchema,
  sessionIdSchema,
  sessionSchema,
} from '../session/schema.ts';

export const packProblemSchema = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  path: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const boardSummarySchema = z.object({
  hash: z.string(),
  meta: boardMetaSchema,
  nodeCount: z.number(),
  itemCount: z.number(),
  warningCount: z.number(),
});

export const boardVersionSchema = z.object({
  hash: z.string(),
  board: boardSchema,
  warnings: z.array(packProblemSchema),
});

/** A file picked by the user, carried as base64 so zip files arrive intact over IPC and HTTP. */
export const uploadedFileSchema = z.object({
  name: z.string().min(1).max(500),
  base64: z.string().max(48 * 1024 * 1024),
});

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export type { ApiMethod };

/** The one API of the app: the same names over IPC and over HTTP. Keep them stable. */
export const apiContract = {
  'boards.list': method(z.object({}), z.array(boardSummarySchema)),
  'boards.get': method(z.object({ boardId: z.string().min(1), hash: z.string().optional() }), boardVersionSchema),
  'boards.import': method(
    z.object({ files: z.array(uploadedFileSchema).min(1).max(500) }),
    z.object({ board: boardSummarySchema, stored: z.boolean() }),
  ),
  'sessions.create': method(newSessionSchema, sessionSchema),
  'sessions.list': method(z.object({ boardId: z.string().optional() }), z.array(sessionSchema)),
  'outcomes.record': method(recordOutcomeSchema, outcomeSchema),
  'outcomes.list': method(z.object({ sessionId: sessionIdSchema }), z.array(outcomeSchema)),
  'reports.export': method(
    z.object({ sessionId: sessionIdSchema, language: languageSchema, format: z.enum(['pdf', 'html']).default('pdf') }),
    exportedFileSchema,
  ),
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type ApiContract = typeof apiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

/** The client side: one typed function per method. */
export type BoardwalkApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

/** What a transport (IPC or HTTP) carries back: the result, or a typed error. */
export type BoardwalkTransport = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>> };
