import { describe, expect, it } from 'vitest';
import { fitPages } from '../../../../shared/board/presenter-pages';

describe('fitPages', () => {
  it('fills each page with the items that fit, gaps included, in order', () => {
    expect(fitPages([100, 100, 100, 100, 100], 320, 10)).toEqual([[0, 1, 2], [3, 4]]);
    expect(fitPages([100, 100, 100], 319, 10)).toEqual([[0, 1], [2]]);
  });

  it('gives an item taller than the page a page of its own instead of cutting it', () => {
    expect(fitPages([50, 500, 50], 200, 0)).toEqual([[0], [1], [2]]);
  });

  it('has one empty page for no items', () => {
    expect(fitPages([], 200, 0)).toEqual([[]]);
  });
});
