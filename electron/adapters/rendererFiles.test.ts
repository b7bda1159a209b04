import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { rendererHeaders, rendererPathFor } from './rendererFiles.ts';

const root = join(sep, 'app', 'renderer');

describe('the renderer file a request path names (host static files and the app:// scheme)', () => {
  it('finds files under the renderer folder and the page for /', () => {
    expect(rendererPathFor(root, '/')).toEqual({ ok: true, file: join(root, 'index.html') });
    expect(rendererPathFor(root, '/assets/index-1.js')).toEqual({ ok: true, file: join(root, 'assets', 'index-1.js') });
    expect(rendererPathFor(root, '/assets/a%20b.css')).toEqual({ ok: true, file: join(root, 'assets', 'a b.css') });
  });

  it('answers a path that does not decode or holds a NUL with 400 instead of throwing', () => {
    for (const path of ['/%ff', '/%', '/%e0%a4%a', '/%c0%ae%c0%ae/x', '/a%00.js'])
      expect(rendererPathFor(root, path), path).toEqual({ ok: false, status: 400 });
  });

  it('never leaves the renderer folder', () => {
    for (const path of ['/..%2f..%2fetc%2fpasswd', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..'])
      expect(rendererPathFor(root, path), path).toEqual({ ok: false, status: 404 });
  });
});

describe('the content security policy', () => {
  it('goes with every file as a header, frame-ancestors and form-action included', () => {
    const headers = rendererHeaders(join(root, 'index.html'));
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('is the same in the page’s meta tag, less frame-ancestors (which browsers ignore in a meta tag)', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (policy: string) => policy.split(';').map((directive) => directive.trim());
    expect(directives(meta ?? '')).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((directive) => !directive.startsWith('frame-ancestors')),
    );
  });
});
