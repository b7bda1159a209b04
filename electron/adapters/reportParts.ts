/**
 * Report HTML split for the printer's kept page: the font faces, which stay loaded from one export
 * to the next while they are the same, and the rest, which replaces the previous report's. Decoding
 * and checking the embedded fonts again for every export was about a tenth of a warm export.
 */
export interface ReportParts {
  /** Every `@font-face` rule of the head's styles, in order. */
  fonts: string;
  lang: string;
  /** The head without the font faces. */
  head: string;
  /** What is inside `<body>`. */
  body: string;
}

const FONT_FACE = /@font-face\s*{[^}]*}/g;

/** The `@font-face` rules of a style sheet, as `splitReport` gives them for a report with that sheet. */
export function fontFacesOf(css: string): string {
  return (css.match(FONT_FACE) ?? []).join('\n');
}

/** The parts of a report as `renderReportHtml` writes it; undefined for any other shape, which is printed whole. */
export function splitReport(html: string): ReportParts | undefined {
  const lang = /^<!doctype html>\s*<html lang="([\w-]+)">\s*<head>/i.exec(html)?.[1];
  const headStart = html.indexOf('<head>');
  const headEnd = html.indexOf('</head>');
  const bodyStart = html.indexOf('<body>', headEnd);
  const bodyEnd = html.lastIndexOf('</body>');
  if (lang === undefined || headEnd < headStart || bodyStart < 0 || bodyEnd < bodyStart) return undefined;
  const head = html.slice(headStart + '<head>'.length, headEnd);
  return {
    fonts: fontFacesOf(head),
    lang,
    head: head.replace(FONT_FACE, ''),
    body: html.slice(bodyStart + '<body>'.length, bodyEnd),
  };
}
