/**
 * The one source of the security headers (issue #12, ADR 0072). vite.config.ts uses it for the <meta> CSP of
 * the build, the headers of `vite preview` (so `npm start` and the e2e server send them) and the `_headers` file
 * written into the build for Netlify / Cloudflare Pages; the README's nginx and Apache snippets are checked
 * against it by scripts/security-headers.test.ts.
 */

/** No inline script, no eval, nothing fetched from another origin (PRODUCT.md principle 5; issue #5). */
const DOCUMENT_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** For the <meta> element of the built page: browsers ignore (and warn about) frame-ancestors there. */
export const META_CONTENT_SECURITY_POLICY = DOCUMENT_DIRECTIVES.join('; ');

/** For the HTTP header, which alone can forbid framing. */
export const HEADER_CONTENT_SECURITY_POLICY = [...DOCUMENT_DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Powerful features the app never uses, denied to it and to anything it could embed. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * `_headers` for Netlify and Cloudflare Pages: every path gets the security headers; the service worker
 * script is always revalidated so that a new version is found on the next visit.
 */
export function staticHostHeadersFile(): string {
  const all = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...all, '', '/sw.js', '  Cache-Control: no-cache', ''].join('\n');
}
