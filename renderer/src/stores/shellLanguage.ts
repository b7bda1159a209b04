import type { StoreApi } from 'zustand';
import type { Language } from '../../../shared/text.ts';
import type { Shell } from '../api/client.ts';

type LanguageStore = Pick<StoreApi<{ language: Language }>, 'getState' | 'subscribe'>;

/**
 * Tells the shell the language shown now and each one chosen later, so the desktop's own menu and
 * dialogs speak it too. Returns how to stop; a shell that has no language of its own is not told.
 */
export function tellShellTheLanguage(shell: Pick<Shell, 'setLanguage'>, preferences: LanguageStore): () => void {
  const { setLanguage } = shell;
  if (!setLanguage) return () => {};
  setLanguage(preferences.getState().language);
  return preferences.subscribe((state, before) => {
    if (state.language !== before.language) setLanguage(state.language);
  });
}
