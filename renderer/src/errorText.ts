import type { TFunction } from 'i18next';
import type { ShownError } from './stores/notices.ts';

/** A failure in the words of the UI's language: the back end's reason translated, else its own message. */
export function errorText(t: TFunction, error: ShownError): string {
  return error.reason ? t(`errors.${error.reason}`, error.params ?? {}) : error.message;
}
