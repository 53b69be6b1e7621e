/**
 * The security headers (issue #12, ADR 0072): the set itself, the `_headers` file for static hosts, and the
 * nginx and Apache snippets in the README, which must say exactly what the list says. What the server sends is
 * checked end to end in e2e/headers.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HEADER_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  staticHostHeadersFile,
} from './security-headers';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d] as const));

describe('security headers', () => {
  it('the header CSP is the meta CSP plus frame-ancestors, which a <meta> element cannot carry', () => {
    expect(HEADER_CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('the CSP allows only this origin, no inline script or eval, and the worker and manifest', () => {
    const csp = directives(HEADER_CONTENT_SECURITY_POLICY);
    expect(csp.get('default-src')).toBe("default-src 'self'");
    expect(csp.get('script-src')).toBe("script-src 'self'");
    expect(csp.get('connect-src')).toBe("connect-src 'self'");
    expect(csp.get('worker-src')).toMatch(/^worker-src 'self'/);
    expect(csp.get('manifest-src')).toBe("manifest-src 'self'");
    expect(csp.get('object-src')).toBe("object-src 'none'");
    expect(csp.get('base-uri')).toBe("base-uri 'none'");
    expect(HEADER_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('sends every header the issue names', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    const denied = SECURITY_HEADERS['Permissions-Policy']?.split(', ') ?? [];
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(denied).toContain(`${feature}=()`);
    }
    expect(denied.every((entry) => /^[a-z-]+=\(\)$/.test(entry))).toBe(true);
  });

  it('the _headers file applies every header to every path and revalidates the service worker', () => {
    const lines = staticHostHeadersFile().split('\n');
    expect(lines[0]).toBe('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(lines).toContain(`  ${name}: ${value}`);
    expect(lines.slice(lines.indexOf('/sw.js'))).toEqual(['/sw.js', '  Cache-Control: no-cache', '']);
  });

  it('the README snippets for nginx and Apache send exactly the same headers', () => {
    const readme = readFileSync('README.md', 'utf8');
    const nginx = [...readme.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
    const apache = [...readme.matchAll(/^Header always set ([\w-]+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(nginx)).toEqual(SECURITY_HEADERS);
    expect(nginx).toHaveLength(Object.keys(SECURITY_HEADERS).length);
    expect(Object.fromEntries(apache)).toEqual(SECURITY_HEADERS);
    expect(apache).toHaveLength(Object.keys(SECURITY_HEADERS).length);
  });
});
