import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSavedWindowState, restoreWindowBounds, type Rect, type SavedWindowState } from '../../../electron/main/window-bounds';

const LIMITS = { width: 1366, height: 860, minWidth: 1024, minHeight: 640 };
const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_MONITOR: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

function saved(bounds: Rect, isMaximized = false): SavedWindowState {
  return { bounds, isMaximized, isFullScreen: false };
}

function contains(outer: Rect, inner: Required<Rect>): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

describe('restoreWindowBounds', () => {
  it('opens a first run at the default size, centred by Electron', () => {
    expect(restoreWindowBounds(null, [LAPTOP], LIMITS)).toEqual({ bounds: { width: 1366, height: 860 }, isMaximized: false, isFullScreen: false });
  });

  it('puts the window back exactly where it was on the second monitor, maximized as it was', () => {
    const where = { x: 2100, y: 80, width: 1600, height: 1000 };
    expect(restoreWindowBounds(saved(where, true), [LAPTOP, RIGHT_MONITOR], LIMITS)).toEqual({
      bounds: where,
      isMaximized: true,
      isFullScreen: false,
    });
  });

  it('brings a window from an unplugged monitor back onto the laptop at the default size', () => {
    const restored = restoreWindowBounds(saved({ x: 2100, y: 80, width: 1600, height: 1000 }, true), [LAPTOP], LIMITS);
    expect(restored.bounds).toEqual({ width: 1366, height: 860 });
    expect(restored.isMaximized).toBe(true);
  });

  it('moves a window hanging off the edge fully onto the display it mostly covers', () => {
    const restored = restoreWindowBounds(saved({ x: 1500, y: -200, width: 1200, height: 900 }), [LAPTOP], LIMITS);
    expect(restored.bounds).toEqual({ x: 720, y: 0, width: 1200, height: 900 });
  });

  it('does not keep a window of which only a sliver shows', () => {
    const restored = restoreWindowBounds(saved({ x: 1880, y: 200, width: 1200, height: 800 }), [LAPTOP], LIMITS);
    expect(restored.bounds).toEqual({ width: 1366, height: 860 });
  });

  it('shrinks a window saved on a large monitor to fit a small display', () => {
    const small: Rect = { x: 0, y: 0, width: 1280, height: 720 };
    expect(restoreWindowBounds(saved({ x: 0, y: 0, width: 2400, height: 1300 }), [small], LIMITS).bounds).toEqual(small);
    expect(restoreWindowBounds(null, [small], LIMITS).bounds).toEqual({ width: 1280, height: 720 });
  });

  it('always lands the window inside one display’s work area', () => {
    const rect = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
      width: fc.integer({ min: 1, max: 5000 }),
      height: fc.integer({ min: 1, max: 5000 }),
    });
    const area = fc.record({
      x: fc.integer({ min: -4000, max: 4000 }),
      y: fc.integer({ min: -4000, max: 4000 }),
      width: fc.integer({ min: 640, max: 4000 }),
      height: fc.integer({ min: 480, max: 3000 }),
    });
    fc.assert(
      fc.property(rect, fc.array(area, { minLength: 1, maxLength: 3 }), (bounds, areas) => {
        const { bounds: restored } = restoreWindowBounds(saved(bounds), areas, LIMITS);
        if (restored.x === undefined || restored.y === undefined) {
          return restored.width <= areas[0]!.width && restored.height <= areas[0]!.height;
        }
        return areas.some((a) => contains(a, restored as Required<Rect>));
      }),
    );
  });
});

describe('parseSavedWindowState', () => {
  it('accepts what was saved and rejects a missing, damaged or foreign file', () => {
    const state = saved({ x: 10, y: 20, width: 1200, height: 800 }, true);
    expect(parseSavedWindowState(JSON.stringify(state))).toEqual(state);
    expect(parseSavedWindowState(null)).toBeNull();
    expect(parseSavedWindowState('{"bounds":')).toBeNull();
    expect(parseSavedWindowState('{"bounds":{"x":0,"y":0,"width":-5,"height":10},"isMaximized":false,"isFullScreen":false}')).toBeNull();
    expect(parseSavedWindowState('[]')).toBeNull();
  });
});
