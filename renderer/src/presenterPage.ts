/** The same page serves the room's screen with `?view=presenter`. */
export const PRESENTER_VIEW = 'presenter';

/** Whether this page is the presenter view. */
export function isPresenterPage(): boolean {
  return new URLSearchParams(window.location.search).get('view') === PRESENTER_VIEW;
}

const LANGUAGE_KEY = 'boardwalk.presenterLanguage';

/** The language chosen on the room's screen itself, for this tab (null: the session's). */
export function ownPresenterLanguage(): 'nl' | 'en' | null {
  const saved = sessionStorage.getItem(LANGUAGE_KEY);
  return saved === 'nl' || saved === 'en' ? saved : null;
}

export function keepOwnPresenterLanguage(language: 'nl' | 'en'): void {
  sessionStorage.setItem(LANGUAGE_KEY, language);
}
