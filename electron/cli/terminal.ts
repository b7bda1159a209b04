/**
 * Board packs are other people's text. Printed raw, an escape sequence in a pack could move the
 * cursor, rewrite earlier lines or retitle the terminal, and bidirectional controls could reorder
 * what a line seems to say. Such characters are shown as visible escapes instead.
 */

// C0 controls (tab aside), DEL and C1 controls, which some terminals read as CSI and OSC too.
const CONTROL = '\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f';
// Bidi embeddings, overrides, isolates and marks; line and paragraph separators.
const BIDI_AND_SEPARATORS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u2028\\u2029';
const UNSAFE = new RegExp(`[${CONTROL}${BIDI_AND_SEPARATORS}]`, 'gu');

function escapeOf(char: string): string {
  return `\\u${char.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

/** One line of text, safe to print: every control or bidi character becomes `\uXXXX`. */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, escapeOf);
}

/** JSON for the terminal: the same data, with the characters JSON leaves raw written as `\uXXXX`. */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (char) => (char === '\n' ? char : escapeOf(char)));
}
