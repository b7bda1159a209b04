/** Why a database could not be opened; the shells turn `reason` into a message for the user. */
export class DatabaseOpenError extends Error {
  readonly reason: 'damaged' | 'newer-version';
  readonly details: Record<string, string | number>;
  constructor(reason: 'damaged' | 'newer-version', message: string, details: Record<string, string | number>) {
    super(message);
    this.name = 'DatabaseOpenError';
    this.reason = reason;
    this.details = details;
  }
}
