const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text from a board or a user goes through here before it is part of report HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Tagged template: interpolated values are escaped unless they are already-built `SafeHtml`. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type HtmlValue = string | number | SafeHtml | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]!) : ''), ''),
  );
}

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Board or user text inside a CSS string ("…"): every character that is not a letter, digit or
 * space as a CSS escape (whose closing space CSS consumes). Bidi controls are dropped: a CSS string
 * has no element to isolate them in.
 */
export function cssString(text: string): string {
  const escaped = [...text.replace(BIDI_CONTROLS, '')].map((char) =>
    /^[\p{L}\p{N} ]$/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16).padStart(6, '0')} `,
  );
  return `"${escaped.join('')}"`;
}

/** Board or user text wrapped in its own `<bdi>`; `bare` is the same text, escaped, without it. */
class IsolatedText extends SafeHtml {
  readonly bare: string;
  constructor(text: string) {
    const escaped = escapeHtml(text);
    super(`<bdi>${escaped}</bdi>`);
    this.bare = escaped;
  }
}

/** Board or user text as its own bidi isolate: a right-to-left override inside it reorders nothing beside it. */
export function isolated(text: string | null | undefined): SafeHtml {
  return text ? new IsolatedText(text) : html``;
}

/**
 * A fragment that is the whole content of an element which is itself a bidi isolate or a block (a
 * table cell, a list item, a heading, a paragraph, a field's value, a link: see REPORT_CSS). A lone
 * text there needs no `<bdi>` of its own: the element isolates it. Every element costs Chromium time
 * in a tagged PDF (one structure element each), and these are most of a report's elements.
 */
export function alone<T extends SafeHtml | string>(fragment: T): T | SafeHtml {
  return fragment instanceof IsolatedText ? new SafeHtml(fragment.bare) : fragment;
}
