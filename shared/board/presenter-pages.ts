/**
 * Cuts a column of items into pages that fit: each page takes items in order while their heights,
 * with the gaps between them, fit the space. An item taller than the space gets a page of its own
 * rather than being cut. Returns each page's item indexes; no items give one empty page.
 */
export function fitPages(heights: readonly number[], space: number, gap: number): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  heights.forEach((height, index) => {
    const page = pages[pages.length - 1]!;
    const needed = page.length === 0 ? height : used + gap + height;
    if (page.length > 0 && needed > space) {
      pages.push([index]);
      used = height;
    } else {
      page.push(index);
      used = needed;
    }
  });
  return pages;
}
