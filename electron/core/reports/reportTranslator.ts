import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/text.ts';
import { translator } from '../translator.ts';

type Options = Record<string, unknown>;
/** i18next's t as the report calls it: a key, maybe options, a string back. */
type Words = (key: string, options?: Options) => string;

/** Options whose values are all plain strings, numbers or booleans: the same options, the same words. */
function plainKey(key: string, options: Options | undefined): string | undefined {
  if (options === undefined) return key;
  const values = Object.values(options);
  if (!values.every((value) => ['string', 'number', 'boolean'].includes(typeof value))) return undefined;
  return `${key}\u0000${JSON.stringify(options)}`;
}

/**
 * The report's words, each looked up once: i18next takes 10-40 µs a call (key parsing, plural and
 * interpolation set-up), and a report of 50 items asks for a few dozen keys several thousand times,
 * which was about 40 ms of every export. Options beyond plain values go to i18next each time.
 */
export function reportTranslator(language: Language): TFunction {
  const t = translator(language) as unknown as Words;
  const words = new Map<string, string>();
  const cached: Words = (key, options) => {
    const cacheKey = typeof key === 'string' ? plainKey(key, options) : undefined;
    if (cacheKey === undefined) return t(key, options);
    let word = words.get(cacheKey);
    if (word === undefined) {
      word = t(key, options);
      words.set(cacheKey, word);
    }
    return word;
  };
  return cached as unknown as TFunction;
}
