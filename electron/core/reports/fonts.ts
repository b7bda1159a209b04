import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The report's typeface travels inside the report: Noto Sans (SIL Open Font Licence) from the
 * @fontsource/noto-sans package, Latin and Latin Extended, regular, bold and italic, as data URLs.
 * So the PDF looks the same whichever machine prints it, and nothing is fetched.
 */
export const REPORT_FONT_FAMILY = 'Boardwalk Report Sans';

const FACES = ['400', '700', '400-italic'] as const;
const SUBSETS = ['latin', 'latin-ext'] as const;

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'));
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

/** The @font-face rules, read once per process. */
export function embeddedFontCss(): string {
  if (cached === undefined) {
    const dir = packageDir();
    const faces = FACES.flatMap((face) => facesOf(dir, face));
    if (faces.length !== FACES.length * SUBSETS.length)
      throw new Error(`The report font package has ${faces.length} of the expected font faces`);
    cached = faces.join('\n');
  }
  return cached;
}
