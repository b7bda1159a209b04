import type { TFunction } from 'i18next';
import { isolate } from '../../shared/text.ts';
import type { ShownError } from './stores/notices.ts';

/**
 * A failure in the words of the UI's language: the back end's reason translated, else its own
 * message. Values from users (a file name, a folder) are bidi isolates inside the sentence, and a
 * reason this page has no sentence for falls back to the English message rather than a key.
 */
export function errorText(t: TFunction, error: ShownError): string {
  if (!error.reason) return error.message;
  const key = `errors.${error.reason}`;
  const values = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? isolate(value) : value,
    ]),
  );
  const text = t(key as `errors.${typeof error.reason}`, values);
  return text === key ? error.message : text;
}
