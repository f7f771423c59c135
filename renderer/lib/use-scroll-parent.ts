import { useLayoutEffect, useState, type RefObject } from 'react';

/** The nearest ancestor that scrolls vertically, or the document's scroller. */
export function scrollParent(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return document.scrollingElement as HTMLElement;
}

/**
 * A long list drawn inside a scrolling page (not a box of its own) needs the page's scroller and
 * where the list starts in it; both are read after layout and kept up to date as things above the
 * list change size.
 */
export function useScrollParent(list: RefObject<HTMLElement | null>): { scroller: HTMLElement | null; offset: number } {
  const [state, setState] = useState<{ scroller: HTMLElement | null; offset: number }>({ scroller: null, offset: 0 });
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const scroller = scrollParent(element);
    const measure = () => {
      const offset = Math.round(element.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
      setState((s) => (s.scroller === scroller && s.offset === offset ? s : { scroller, offset }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (let node: HTMLElement | null = element; node && node !== scroller; node = node.parentElement) {
      if (node.previousElementSibling) observer.observe(node.previousElementSibling);
    }
    return () => observer.disconnect();
  }, [list]);
  return state;
}
