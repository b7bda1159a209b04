import type { InitOptions } from 'i18next';
import en from '../resources/locales/en/translation.json' with { type: 'json' };
import nl from '../resources/locales/nl/translation.json' with { type: 'json' };

/** One set of translations and one configuration for the screen, the reports and the command line. */
export const I18N_OPTIONS = {
  resources: { en: { translation: en }, nl: { translation: nl } },
  fallbackLng: false,
  initAsync: false,
  // React and the report builder escape text themselves; i18next must not do it twice.
  interpolation: { escapeValue: false },
  returnNull: false,
} satisfies InitOptions;

export type TranslationResource = typeof en;
