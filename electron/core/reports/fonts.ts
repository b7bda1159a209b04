import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The report's typeface travels inside the report: Noto Sans (SIL Open Font Licence) from the
 * @fontsource/noto-sans package, Latin and Latin Extended, regular, bold and italic, as data URLs.
 * So the PDF looks the same whichever machine prints it, and nothing is fetched.
 */
export const REPORT_FONT_FAMILY = 'Boardwalk Report Sans';
/** Noto Emoji (SIL Open Font Licence, @fontsource/noto-emoji), so an emoji prints as itself and not as an empty box. */
export const REPORT_EMOJI_FAMILY = 'Boardwalk Report Emoji';

const FACES = ['400', '700', '400-italic'] as const;
const SUBSETS = ['latin', 'latin-ext'] as const;

function packageDir(name = '@fontsource/noto-sans'): string {
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/** The @font-face rules of one style sheet of the package, for the subsets the report embeds. */
function facesOf(dir: string, face: string): string[] {
  const css = readFileSync(join(dir, `${face}.css`), 'utf8');
  return [...css.matchAll(/\/\* noto-sans-([a-z-]+)-\d+-(?:normal|italic) \*\/\s*@font-face\s*{([^}]*)}/g)].flatMap(
    ([, subset, body]) => {
      if (!(SUBSETS as readonly string[]).includes(subset!)) return [];
      const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(body!)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
      const style = /font-style:\s*(\w+)/.exec(body!)?.[1];
      const weight = /font-weight:\s*(\d+)/.exec(body!)?.[1];
      if (!file || !range || !style || !weight) return [];
      const data = readFileSync(join(dir, 'files', file)).toString('base64');
      return [
        `@font-face { font-family: "${REPORT_FONT_FAMILY}"; font-style: ${style}; font-weight: ${weight}; ` +
          `src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${range}; }`,
      ];
    },
  );
}

let cached: string | undefined;

function textFontCss(): string {
  if (cached === undefined) {
    const dir = packageDir();
    const faces = FACES.flatMap((face) => facesOf(dir, face));
    if (faces.length !== FACES.length * SUBSETS.length)
      throw new Error(`The report font package has ${faces.length} of the expected font faces`);
    cached = faces.join('\n');
  }
  return cached;
}

interface EmojiFace {
  ranges: [number, number][];
  rule: () => string;
}
let emojiFaces: EmojiFace[] | undefined;

function rangesOf(unicodeRange: string): [number, number][] {
  return unicodeRange.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

/** The emoji font's faces (one per Unicode block it covers), each read only when a report needs it. */
function emojiFacesOf(): EmojiFace[] {
  if (!emojiFaces) {
    const dir = packageDir('@fontsource/noto-emoji');
    const css = readFileSync(join(dir, '400.css'), 'utf8');
    emojiFaces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
      const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(body!)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
      if (!file || !range) return [];
      let rule: string | undefined;
      return [
        {
          ranges: rangesOf(range),
          rule: () =>
            (rule ??=
              `@font-face { font-family: "${REPORT_EMOJI_FAMILY}"; font-style: normal; font-weight: 400; ` +
              `src: url(data:font/woff2;base64,${readFileSync(join(dir, 'files', file)).toString('base64')}) format("woff2"); ` +
              `unicode-range: ${range}; }`),
        },
      ];
    });
  }
  return emojiFaces;
}

/** Only the emoji faces the text uses travel with the report: most reports need none, and each is up to 0.5 MB. */
function emojiFontCss(text: string): string {
  const used = new Set<number>();
  // A regular expression finds the few such characters in a 0.5 MB report ten times faster than a loop over all.
  for (const [char] of text.matchAll(/[^\u0000-\u1fff]/gu)) used.add(char.codePointAt(0)!);
  if (used.size === 0) return '';
  return emojiFacesOf()
    .filter((face) => [...used].some((code) => face.ranges.some(([from, to]) => code >= from && code <= to)))
    .map((face) => face.rule())
    .join('\n');
}

/** The @font-face rules: the text font (read once per process) and the emoji faces `text` needs. */
export function embeddedFontCss(text = ''): string {
  return [textFontCss(), emojiFontCss(text)].filter(Boolean).join('\n');
}
