// The `hyphen` package ships no types; these are the two functions the page uses.
declare module 'hyphen/nl' {
  export function hyphenateSync(text: string, options?: { minWordLength?: number }): string;
}
declare module 'hyphen/en-gb' {
  export function hyphenateSync(text: string, options?: { minWordLength?: number }): string;
}
