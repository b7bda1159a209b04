import i18next, { type TFunction } from 'i18next';
import { I18N_OPTIONS, type TranslationResource } from '../../shared/i18n.ts';
import { localizeParams } from '../../shared/board/problems.ts';
import type { Language } from '../../shared/text.ts';
import type { ErrorParams, ErrorReason } from '../../shared/api/errors.ts';

// The back end translates with the same files as the renderer: one source for every label.
const instance = i18next.createInstance();
void instance.init({ ...I18N_OPTIONS, lng: 'en' });

export function translator(language: Language): TFunction {
  return instance.getFixedT(language);
}

export function englishMessage(code: string, params: Record<string, string | number>): string {
  const key = `problems.${code}`;
  return instance.exists(key, { lng: 'en' }) ? instance.t(key, { lng: 'en', ...localizeParams(params, 'en') }) : code;
}

/** The English wording of an error reason, for logs, the command line and the body's `message`. */
export function englishError(reason: ErrorReason, params: ErrorParams = {}): string {
  return instance.t(`errors.${reason}`, { lng: 'en', ...params });
}

/** A sentence about a database that could not be opened: `database.<sentence>` in the translations. */
export type DatabaseSentence = keyof TranslationResource['database'];

export function englishDatabaseMessage(sentence: DatabaseSentence, params: Record<string, string | number>): string {
  return instance.t(`database.${sentence}`, { lng: 'en', ...params });
}

/** A sentence about a fault the app found or met: `faults.<sentence>` in the translations. */
export type FaultSentence = keyof TranslationResource['faults'];

export function englishFault(sentence: FaultSentence, params: Record<string, string | number>): string {
  return instance.t(`faults.${sentence}`, { lng: 'en', ...params });
}
