import type { ApiErrorBody, ApiErrorCode, ErrorParams, ErrorReason } from '../../shared/api/errors.ts';
import { englishError } from './translator.ts';

/** How much of a value from a request an error quotes: enough to recognise it, never a megabyte of it. */
export const MAX_QUOTED_CHARS = 80;
/** Sentences put together from several problems; longer than a quote, still bounded. */
const MAX_COMPOSED_CHARS = 400;
/** The app's own paths, quoted whole: the user needs all of them to find the file. */
const WHOLE_PARAMS = new Set(['path', 'rescuedTo', 'folder', 'movedTo', 'lockFile']);
const COMPOSED_PARAMS = new Set(['detail', 'where']);

function shortened(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}…`;
}

/** The params an error is worded with, each value from a request cut to a short prefix. */
export function quotedParams(params: ErrorParams): ErrorParams {
  const quoted: ErrorParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' || WHOLE_PARAMS.has(name)) quoted[name] = value;
    else quoted[name] = shortened(value, COMPOSED_PARAMS.has(name) ? MAX_COMPOSED_CHARS : MAX_QUOTED_CHARS);
  }
  return quoted;
}

/**
 * Thrown by services for a failure the caller should see; dispatch turns it into an error body.
 * The reason is what the user reads, in their language; the message is its English wording.
 */
export class ServiceError extends Error {
  readonly code: ApiErrorCode;
  readonly reason: ErrorReason;
  readonly params: ErrorParams;
  readonly details: unknown;
  constructor(code: ApiErrorCode, reason: ErrorReason, params: ErrorParams = {}, details?: unknown) {
    const quoted = quotedParams(params);
    super(englishError(reason, quoted));
    this.name = 'ServiceError';
    this.code = code;
    this.reason = reason;
    this.params = quoted;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return errorBody(this.code, this.reason, this.params, this.details);
  }
}

/** A failed call's body, its English message worded from the reason. */
export function errorBody(
  code: ApiErrorCode,
  reason: ErrorReason,
  params: ErrorParams = {},
  details?: unknown,
): ApiErrorBody {
  params = quotedParams(params);
  const body: ApiErrorBody = { code, reason, message: englishError(reason, params) };
  if (Object.keys(params).length > 0) body.params = params;
  if (details !== undefined) body.details = details;
  return body;
}
