/**
 * The Content-Security-Policy of Room mode's pages (participant and scribe), sent with every answer
 * of the room's servers: the pages' own scripts and styles, requests to their own origin only
 * (the live WebSocket included, which 'self' covers), no frames, no forms posting elsewhere.
 */
export const ROOM_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
