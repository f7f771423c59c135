/** A self-contained HTML page meant to be photographed at exactly this size, in CSS pixels. */
export interface HtmlPicture {
  html: string;
  width: number;
  height: number;
}

/**
 * The page around a picture: no scripts, no external resources (the policy allows inline styles
 * only), and a body of exactly the picture's size so the photograph holds all of it and nothing
 * else.
 */
export function pictureDocument(title: string, css: string, body: string, width: number, height: number): HtmlPicture {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${title}</title>
<style>html, body { margin: 0; padding: 0; background: #fff; } body { width: ${width}px; height: ${height}px; overflow: hidden; } ${css}</style></head><body>${body}</body></html>`;
  return { html, width, height };
}
