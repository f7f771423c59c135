import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { fitPages } from '../../../../shared/board/presenter-pages';

export interface PagedItem {
  key: string;
  node: ReactNode;
}

/** Which of a column's items the page shows, counted from 1; null when it shows none. */
export type Shown = { first: number; last: number; total: number } | null;

export interface PagedColumn {
  key: string;
  label: string;
  className?: string;
  head(shown: Shown): ReactNode;
  items: PagedItem[];
  /** What an empty column says. */
  empty: string;
}

/** Where each item landed: its page by key, and how many pages the tallest column needs. */
export interface PageLayout {
  pageCount: number;
  pageOf: ReadonlyMap<string, number>;
}

type Pages = number[][][];

const samePages = (a: Pages | null, b: Pages) => a !== null && JSON.stringify(a) === JSON.stringify(b);

/**
 * Columns whose items are cut into pages by their measured height, so every item is drawn whole
 * on some page and nothing runs off the screen. Each column holds an unseen copy of all its items
 * at the same width; the copy's heights, re-measured whenever the space or the type changes size,
 * decide the pages.
 */
export function PagedColumns(props: { columns: PagedColumn[]; page: number; onLayout(layout: PageLayout): void }) {
  const { columns, page, onLayout } = props;
  const bodies = useRef<(HTMLDivElement | null)[]>([]);
  const copies = useRef<(HTMLOListElement | null)[]>([]);
  const [pages, setPages] = useState<Pages | null>(null);
  const contentKey = columns.map((c) => `${c.key}:${c.items.map((i) => i.key).join(',')}`).join('|');

  const latest = useRef({ columns, onLayout });
  useLayoutEffect(() => {
    latest.current = { columns, onLayout };
  });

  // Measured again when the items change (contentKey) and whenever the space or an item changes size.
  useLayoutEffect(() => {
    const measure = () => {
      const shownColumns = latest.current.columns;
      const next = shownColumns.map((_, index) => {
        const body = bodies.current[index];
        const copy = copies.current[index];
        if (!body || !copy) return [[]];
        const heights = [...copy.children].map((child) => child.getBoundingClientRect().height);
        const gap = Number.parseFloat(getComputedStyle(copy).rowGap) || 0;
        // Half a pixel of slack: heights are fractional and the sum of rounded boxes may round up.
        return fitPages(heights, body.clientHeight + 0.5, gap);
      });
      setPages((previous) => (samePages(previous, next) ? previous : next));
      const pageOf = new Map<string, number>();
      next.forEach((columnPages, c) => columnPages.forEach((indexes, p) => indexes.forEach((i) => pageOf.set(shownColumns[c]!.items[i]!.key, p))));
      latest.current.onLayout({ pageCount: Math.max(1, ...next.map((p) => p.length)), pageOf });
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const element of [...bodies.current, ...copies.current]) if (element) observer.observe(element);
    return () => observer.disconnect();
  }, [contentKey]);

  return (
    <div className="presenter-columns" style={{ '--presenter-columns': columns.length } as CSSProperties}>
      {columns.map((column, c) => {
        const indexes = (pages?.[c]?.[page] ?? []).filter((i) => i < column.items.length);
        const shown: Shown = indexes.length > 0 ? { first: indexes[0]! + 1, last: indexes[indexes.length - 1]! + 1, total: column.items.length } : null;
        return (
          <section key={column.key} className={`presenter-column ${column.className ?? ''}`} aria-label={column.label}>
            <header className="presenter-column-head">{column.head(shown)}</header>
            <div
              className="presenter-column-body"
              ref={(element) => {
                bodies.current[c] = element;
              }}
            >
              <div className="presenter-measure" aria-hidden="true" inert>
                <ol
                  className="presenter-list"
                  ref={(element) => {
                    copies.current[c] = element;
                  }}
                >
                  {column.items.map((item) => (
                    <li key={item.key}>{item.node}</li>
                  ))}
                </ol>
              </div>
              {column.items.length === 0 ? (
                <p className="presenter-empty">{column.empty}</p>
              ) : indexes.length > 0 ? (
                <ol className="presenter-list" data-testid="presenter-page-items">
                  {indexes.map((i) => (
                    <li key={column.items[i]!.key}>{column.items[i]!.node}</li>
                  ))}
                </ol>
              ) : (
                pages && <p className="presenter-empty">All {column.items.length} shown on earlier pages</p>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}
