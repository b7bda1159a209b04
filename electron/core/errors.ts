import type { ApiErrorBody, ApiErrorCode } from '../../shared/api/errors.ts';

/** Thrown by services for a failure the caller should see; dispatch turns it into an error body. */
export class ServiceError extends Error {
  readonly code: ApiErrorCode;
  readonly details: unknown;
  constructor(code: ApiErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.details = details;
  }

  toBody(): ApiErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
