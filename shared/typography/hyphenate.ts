import createHyphenator from 'hyphen/hyphen.js';
import enPatterns from 'hyphen/patterns/en-gb.js';
import nlPatterns from 'hyphen/patterns/nl.js';
import type { Language } from '../text.ts';

/** U+00AD: invisible unless a line breaks there, where it shows as a hyphen. */
export const SOFT_HYPHEN = '\u00ad';
/** A run of letters longer than this, which the patterns leave whole (a code, a name), gets a break point every so many. */
const LONGEST_UNBROKEN = 16;
const SHORTEST_HYPHENATED = 6;

const PATTERNS: Record<Language, unknown> = { nl: nlPatterns, en: enPatterns };
const hyphenators = new Map<Language, (word: string) => string>();
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function hyphenatorOf(language: Language): (word: string) => string {
  let hyphenator = hyphenators.get(language);
  if (!hyphenator) {
    hyphenator = createHyphenator(PATTERNS[language], { hyphenChar: SOFT_HYPHEN, minWordLength: SHORTEST_HYPHENATED });
    hyphenators.set(language, hyphenator);
  }
  return hyphenator;
}

/** Soft hyphens in a fragment the patterns left too long, so no line has to break it without one. */
function splitLongRuns(word: string): string {
  return word
    .split(SOFT_HYPHEN)
    .map((part) =>
      part.length <= LONGEST_UNBROKEN
        ? part
        : (part.match(new RegExp(`[^]{1,${LONGEST_UNBROKEN}}`, 'gu')) ?? [part]).join(SOFT_HYPHEN),
    )
    .join(SOFT_HYPHEN);
}

function hyphenateWord(word: string, language: Language): string {
  const key = `${language}:${word}`;
  let done = cache.get(key);
  if (done === undefined) {
    done = splitLongRuns(hyphenatorOf(language)(word));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, done);
  }
  return done;
}

const wordPatterns = new Map<number, RegExp>();

/**
 * Text with soft hyphens where the language's hyphenation patterns (the `hyphen` package, TeX's
 * Dutch and British English patterns, offline) allow a break. A printed word then only breaks at
 * a hyphen. Pure: the report and the app's screens use the same breaks. `shortest`: words shorter
 * than this are left whole (where lines are wide, only a long word ever needs to break).
 */
export function hyphenate(text: string, language: Language, shortest = SHORTEST_HYPHENATED): string {
  let words = wordPatterns.get(shortest);
  if (!words) {
    words = new RegExp(`[\\p{L}\\p{M}\\p{N}]{${Math.max(shortest, SHORTEST_HYPHENATED)},}`, 'gu');
    wordPatterns.set(shortest, words);
  }
  return text.replace(words, (word) => hyphenateWord(word, language));
}

/** The text as typed: soft hyphens removed (for a search, a copy, a comparison). */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}
