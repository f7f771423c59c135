import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const rectSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });

/** What main remembers about the window between runs: its normal (unmaximized) bounds and state. */
export const savedWindowStateSchema = z.object({ bounds: rectSchema, isMaximized: z.boolean(), isFullScreen: z.boolean() });
export type SavedWindowState = z.infer<typeof savedWindowStateSchema>;

export interface WindowSizeLimits {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** Where to open the window; without x and y Electron centres it on the primary display. */
export interface RestoredWindow {
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  isMaximized: boolean;
  isFullScreen: boolean;
}

/** How much of the window must show on a display for it to stay there: enough to grab its title bar. */
const MIN_VISIBLE = 100;

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= MIN_VISIBLE && height >= MIN_VISIBLE ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Reads the saved JSON, or null when it is missing, damaged or from another shape. */
export function parseSavedWindowState(json: string | null): SavedWindowState | null {
  if (json === null) return null;
  try {
    const parsed = savedWindowStateSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Bounds that put the window back where it was when that place is still on a display, shrunk to
 * fit it and moved fully onto it; a window whose display is gone opens at the default size,
 * centred on the primary display. `workAreas` are the displays' work areas, primary first.
 */
export function restoreWindowBounds(saved: SavedWindowState | null, workAreas: readonly Rect[], limits: WindowSizeLimits): RestoredWindow {
  const fresh = (area: Rect | undefined): RestoredWindow['bounds'] => ({
    width: area ? clamp(limits.width, Math.min(limits.minWidth, area.width), area.width) : limits.width,
    height: area ? clamp(limits.height, Math.min(limits.minHeight, area.height), area.height) : limits.height,
  });
  if (!saved) return { bounds: fresh(workAreas[0]), isMaximized: false, isFullScreen: false };

  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved.bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  if (!best) return { bounds: fresh(workAreas[0]), isMaximized: saved.isMaximized, isFullScreen: saved.isFullScreen };

  const width = clamp(saved.bounds.width, Math.min(limits.minWidth, best.width), best.width);
  const height = clamp(saved.bounds.height, Math.min(limits.minHeight, best.height), best.height);
  return {
    bounds: {
      x: clamp(saved.bounds.x, best.x, best.x + best.width - width),
      y: clamp(saved.bounds.y, best.y, best.y + best.height - height),
      width,
      height,
    },
    isMaximized: saved.isMaximized,
    isFullScreen: saved.isFullScreen,
  };
}
