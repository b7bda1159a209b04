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
  /** The database refused a statement for a cause outside the app: a lock, a full disk, a read-only file. */
  'storage-unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * Why a call failed, as a sentence the user is shown in their own language: the translations hold
 * `errors.<reason>` in both languages, filled in with the error's `params`. The English `message`
 * is the same sentence for logs, the command line and anything that cannot translate.
 */
export const ERROR_REASONS = [
  'roomNotOpen',
  'roomAlreadyOpen',
  'roomUnavailable',
  'roomAddressUnknown',
  'roomCannotListen',
  'roomNoItem',
  'sessionNotFound',
  'sessionInTrashNotFound',
  'sessionClosed',
  'boardNotFound',
  'boardVersionNotFound',
  'boardVersionMissing',
  'nodeNotOnBoard',
  'itemNotFound',
  'outcomeMisfit',
  'packUnreadable',
  'packInvalid',
  'closeBeforeNextReview',
  'nothingDueForReview',
  'compareOtherBoard',
  'sessionFileNotJson',
  'sessionFileNotBoardwalk',
  'sessionFileChanged',
  'sessionFileBoardInvalid',
  'sessionFileInconsistent',
  /** A session file of a later format version than this app reads: update the app. */
  'sessionFileNewer',
  'storageLost',
  'storageLostNoCopy',
  'storageLocked',
  'storageFull',
  'storageReadOnly',
  'noChromium',
  'folderNotWritable',
  'folderNotWritableDenied',
  'invalidInput',
  'unknownMethod',
  'requestTooLarge',
  'requestRefused',
  'wrongToken',
  'internal',
  /** Not from the back end: it could not be reached, or answered with something other than a result. */
  'unreachable',
  'unreadableAnswer',
  'nothingToConfirm',
  'historyFileNotBoardwalk',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
export type ErrorParams = Record<string, string | number>;

/** What every transport returns for a failed call: never a stack trace. */
export interface ApiErrorBody {
  code: ApiErrorCode;
  /** The reason in English, with its params filled in. */
  message: string;
  reason: ErrorReason;
  params?: ErrorParams;
  details?: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly reason: ErrorReason;
  readonly params: ErrorParams;
  readonly details: unknown;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.reason = body.reason;
    this.params = body.params ?? {};
    this.details = body.details;
  }
}
