import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../resources/locales/en/translation.json';
import nl from '../../resources/locales/nl/translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, nl: { translation: nl } },
  lng: 'nl',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
