import type { ApiErrorBody, ApiErrorCode, ErrorParams, ErrorReason } from '../../shared/api/errors.ts';
import { englishError } from './translator.ts';

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
    super(englishError(reason, params));
    this.name = 'ServiceError';
    this.code = code;
    this.reason = reason;
    this.params = params;
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
  const body: ApiErrorBody = { code, reason, message: englishError(reason, params) };
  if (Object.keys(params).length > 0) body.params = params;
  if (details !== undefined) body.details = details;
  return body;
}
