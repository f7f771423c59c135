import { inReportWindow } from './report-printer';

export const PICTURE_TIMEOUT_MS = 30_000;
/** Chromium will not paint a surface larger than this on a side; a taller page would come out cut. */
export const MAX_PICTURE_SIDE = 16_384;

/**
 * Photographs self-contained HTML at exactly `size` CSS pixels into a PNG, in the same hidden,
 * script-free window the report prints in, drawn offscreen so no display limits its size.
 */
export async function captureHtmlToPng(html: string, size: { width: number; height: number }): Promise<Uint8Array> {
  const width = Math.ceil(size.width);
  const height = Math.ceil(size.height);
  if (width < 1 || height < 1 || width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE) {
    throw new Error(`a picture of ${width} × ${height} pixels cannot be drawn`);
  }
  return inReportWindow(html, { width, height, offscreen: true, timeoutMs: PICTURE_TIMEOUT_MS, what: 'drawing the picture' }, async (window) => {
    const image = await window.webContents.capturePage({ x: 0, y: 0, width, height }, { stayHidden: true });
    if (image.isEmpty()) throw new Error('the picture came out empty');
    return new Uint8Array(image.toPNG());
  });
}
