// The hyphen package ships no types: a pattern set, and the function that builds a hyphenator from it.
declare module 'hyphen/hyphen.js' {
  interface HyphenatorOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  export default function createHyphenator(patterns: unknown, options?: HyphenatorOptions): (text: string) => string;
}
declare module 'hyphen/patterns/nl.js' {
  const patterns: unknown;
  export default patterns;
}
declare module 'hyphen/patterns/en-gb.js' {
  const patterns: unknown;
  export default patterns;
}
