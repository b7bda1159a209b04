import i18next, { type TFunction } from 'i18next';
import en from '../../resources/locales/en/translation.json' with { type: 'json' };
import nl from '../../resources/locales/nl/translation.json' with { type: 'json' };
import { localizeParams } from '../../shared/board/problems.ts';
import type { Language } from '../../shared/text.ts';

// The back end translates with the same files as the renderer: one source for every label.
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, nl: { translation: nl } },
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function translator(language: Language): TFunction {
  return instance.getFixedT(language);
}

export function englishMessage(code: string, params: Record<string, string | number>): string {
  const key = `problems.${code}`;
  return instance.exists(key, { lng: 'en' }) ? instance.t(key, { lng: 'en', ...localizeParams(params, 'en') }) : code;
}
