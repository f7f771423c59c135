/**
 * The renderer's Content-Security-Policy: only the app's own scripts and styles, no eval, no
 * network at all. Served as a header by the app protocol and by the test harness alike.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The privileged scheme and host the renderer is served from inside Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workshop';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
