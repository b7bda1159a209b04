import { describe, expect, it } from 'vitest';
import { fixtureReportInput } from '../testing/reportFixture.ts';
import { buildReportModel } from '../core/reports/build.ts';
import { renderReportHtml } from '../core/reports/html.ts';
import { embeddedFontCss } from '../core/index.ts';
import { fontFacesOf, splitReport } from './reportParts.ts';

const report = (language: 'nl' | 'en') =>
  renderReportHtml(buildReportModel(fixtureReportInput(language)), 'Europe/Amsterdam', 'print');

describe('a report split for the kept printing page', () => {
  it('takes every font face out of the head and keeps the rest of the head and the body as they are', () => {
    const html = report('nl');
    const parts = splitReport(html)!;
    expect(parts.lang).toBe('nl');
    const faces = html.match(/@font-face/g)!.length;
    expect(faces).toBeGreaterThanOrEqual(6);
    expect(parts.fonts.match(/@font-face/g)).toHaveLength(faces);
    expect(parts.head).not.toContain('@font-face');
    expect(parts.head).toContain('<title>');
    expect(parts.head).toContain('@page');
    expect(parts.body).not.toContain('<body');
    expect(html).toContain(`<body>${parts.body}</body>`);
    expect(parts.body).toContain('<h1>');
  });

  it('gives two reports with the same fonts the same font part, and different heads and bodies', () => {
    const [dutch, english] = [splitReport(report('nl'))!, splitReport(report('en'))!];
    expect(english.fonts).toBe(dutch.fonts);
    expect(english.lang).toBe('en');
    expect(english.body).not.toBe(dutch.body);
  });

  it('gives the fonts the printer loads ahead of an export (prepare) as the font part of a report without emoji', () => {
    const prepared = fontFacesOf(embeddedFontCss());
    expect(prepared.match(/@font-face/g)!.length).toBeGreaterThanOrEqual(6);
    expect(splitReport(report('nl'))!.fonts).toBe(prepared);
    expect(splitReport(report('en'))!.fonts).toBe(prepared);
  });

  it('leaves any other document whole', () => {
    expect(splitReport('<p>plain</p>')).toBeUndefined();
    expect(splitReport('<!doctype html><html lang="nl"><head></head><p>no body</p></html>')).toBeUndefined();
  });
});
