import { hyphenateSync as hyphenateEnglish } from 'hyphen/en-gb';
import { hyphenateSync as hyphenateDutch } from 'hyphen/nl';
import type { Language } from '../../shared/text.ts';

const HYPHENATE: Record<Language, (text: string) => string> = { nl: hyphenateDutch, en: hyphenateEnglish };

/**
 * A title with soft hyphens where its language allows a break: a long Dutch compound in a narrow
 * column wraps as "Leveranciers-onafhankelijkheid", never mid-syllable. Chromium has no hyphenation
 * dictionaries offline (CSS `hyphens: auto` does nothing here), so the page brings its own patterns.
 */
export function hyphenated(text: string, language: Language): string {
  const key = `${language}:${text}`;
  let done = cache.get(key);
  if (done === undefined) {
    done = HYPHENATE[language](text);
    cache.set(key, done);
  }
  return done;
}

/** Titles come back on every render of a long agenda: each is hyphenated once. */
const cache = new Map<string, string>();
