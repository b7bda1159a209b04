export const API_ERROR_CODES = [
  'bad-request',
  'unknown-method',
  'not-found',
  'conflict',
  'invalid-pack',
  'read-only',
  /** The host was given no token or another one: a tab left open from before a restart. */
  'wrong-token',
  /** The database file was deleted or replaced while the app ran: nothing more can be saved. */
  'storage-lost',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What every transport returns for a failed call: never a stack trace. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details: unknown;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.details = body.details;
  }
}
