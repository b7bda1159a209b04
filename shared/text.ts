import { z } from 'zod';

export const LANGUAGES = ['nl', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

const nonBlank = z.string().trim().min(1, 'must not be empty');

/** Every human-facing text on a board exists in Dutch and in English. */
export const localizedTextSchema = z.strictObject({ nl: nonBlank, en: nonBlank });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * Text from a board or a user set inside a sentence or an option label: first-strong isolates
 * keep a right-to-left override in it from reordering the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
