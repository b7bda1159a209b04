import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_OPTIONS, type TranslationResource } from '../../shared/i18n.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: TranslationResource };
  }
}

// Dutch until the preferences store applies the language chosen on this machine.
void i18next.use(initReactI18next).init({ ...I18N_OPTIONS, lng: 'nl' });

export default i18next;
