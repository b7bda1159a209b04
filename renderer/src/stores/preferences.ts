import { create } from 'zustand';
import type { Language } from '../../../shared/text.ts';
import i18n from '../reactTranslations.ts';

const LANGUAGE_KEY = 'boardwalk.language';
const FACILITATOR_KEY = 'boardwalk.facilitator';

interface PreferencesState {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The presenter view shows the facilitator's language without making it this browser's choice. */
  followLanguage: (language: Language) => void;
  /** Who facilitated the last session started here: the next one starts with the same name. */
  facilitator: string;
  setFacilitator: (facilitator: string) => void;
}

function initialLanguage(): Language {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  return saved === 'en' || saved === 'nl' ? saved : 'nl';
}

export const usePreferences = create<PreferencesState>((set) => ({
  language: initialLanguage(),
  setLanguage: (language) => {
    localStorage.setItem(LANGUAGE_KEY, language);
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    set({ language });
  },
  followLanguage: (language) => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    set({ language });
  },
  facilitator: localStorage.getItem(FACILITATOR_KEY) ?? '',
  setFacilitator: (facilitator) => {
    localStorage.setItem(FACILITATOR_KEY, facilitator);
    set({ facilitator });
  },
}));

void i18n.changeLanguage(usePreferences.getState().language);
document.documentElement.lang = usePreferences.getState().language;
