import type { Page } from '@playwright/test';

/** One thing drawn past the edge it belongs inside, described so a reader can find it. */
export interface Overflow {
  what: string;
  text: string;
  right: number;
  top: number;
  edge: number;
  container: string;
}

/**
 * Everything visible on the page whose right edge passes its nearest card or panel (the closest
 * ancestor with a border, a background or a shadow) or the viewport, and every box that hides part
 * of its content without saying so (overflow hidden with no ellipsis). Text is measured by its own
 * glyph boxes, so a long number spilling out of a fixed-width cell counts. Content inside a
 * horizontal scroller is inside by definition: the scroller itself is what gets measured.
 */
export function findOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const TOLERANCE = 1;
    const viewportWidth = document.documentElement.clientWidth;
    const found: Overflow[] = [];
    const seen = new Set<string>();

    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const classes = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
      const label = el.getAttribute('aria-label');
      const testId = el.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${id}${classes}${label ? `[aria-label="${label}"]` : ''}${testId ? `[data-testid="${testId}"]` : ''}`;
    };
    const path = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(describe(e));
      return parts.join(' > ');
    };
    // A box that scrolls down computes overflow-x as auto too, so only an authored overflow-x (or the
    // shorthand) makes a sideways scroller; the page's own scrolling panes must still fit.
    const flatten = (rules: CSSRuleList): CSSRule[] => [...rules].flatMap((rule) => (rule instanceof CSSGroupingRule ? flatten(rule.cssRules) : [rule]));
    const sidewaysRules = [...document.styleSheets]
      .flatMap((sheet) => flatten(sheet.cssRules))
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && ['auto', 'scroll'].includes(rule.style.overflowX))
      .map((rule) => rule.selectorText);
    const scrollsSideways = (el: Element) => sidewaysRules.some((selector) => el.matches(selector));
    const isScroller = (style: CSSStyleDeclaration) => ['auto', 'scroll'].includes(style.overflowX);
    const clips = (style: CSSStyleDeclaration) => ['hidden', 'clip'].includes(style.overflowX);
    const holders = new Map<Element, boolean>();
    const holdsWiderContent = (el: Element, style: CSSStyleDeclaration) => {
      if (!holders.has(el)) holders.set(el, clips(style) || (isScroller(style) && scrollsSideways(el)));
      return holders.get(el)!;
    };
    const TYPED = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
    const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
    const isBox = (style: CSSStyleDeclaration) =>
      (parseFloat(style.borderRightWidth) > 0 && style.borderRightStyle !== 'none' && !transparent(style.borderRightColor)) ||
      !transparent(style.backgroundColor) ||
      style.boxShadow !== 'none';
    const hiddenForScreenReadersOnly = (el: Element, style: CSSStyleDeclaration) =>
      clips(style) && el.getBoundingClientRect().width <= 1 && el.getBoundingClientRect().height <= 1;

    /** The card an element belongs inside, or null when a scroller or a floating layer holds it instead. */
    const containerFrom = (start: Element | null): Element | null => {
      for (let a = start; a && a !== document.documentElement; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (holdsWiderContent(a, style)) return null;
        if (isBox(style)) return a;
        if (style.position === 'fixed' || style.position === 'absolute') return null;
      }
      return null;
    };
    const insideScroller = (start: Element | null): boolean => {
      for (let a = start; a && a !== document.documentElement; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (holdsWiderContent(a, style)) return true;
      }
      return false;
    };

    /** An element is measured against its ancestors; a text against the element that holds it, too. */
    const check = (el: Element, rect: DOMRect, text: string) => {
      const start = text ? el : el.parentElement;
      if (!insideScroller(start) && rect.right > viewportWidth + TOLERANCE) report(el, text, rect.right, viewportWidth, 'the viewport', rect.top);
      const position = getComputedStyle(el).position;
      const floating = !text && (position === 'fixed' || position === 'absolute');
      const container = floating ? null : containerFrom(start);
      if (!container) return;
      const edge = container.getBoundingClientRect().right;
      if (rect.right > edge + TOLERANCE) report(el, text, rect.right, edge, path(container), rect.top);
    };
    const report = (el: Element, text: string, right: number, edge: number, container: string, top = el.getBoundingClientRect().top) => {
      const what = path(el);
      const key = `${what}|${text}|${container}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ what, text, right: Math.round(right), top: Math.round(top), edge: Math.round(edge), container });
    };

    const walk = (el: Element) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || hiddenForScreenReadersOnly(el, style)) return;
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0 && style.display !== 'contents') {
        check(el, rect, '');
        const cutsOff = clips(style) || (isScroller(style) && !scrollsSideways(el));
        if (cutsOff && !TYPED.has(el.tagName) && style.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + TOLERANCE) {
          report(el, clips(style) ? '(hides part of its content)' : '(scrolls sideways)', rect.left + el.scrollWidth, rect.right, 'itself');
        }
      }
      for (const child of el.childNodes) {
        if (child instanceof Element) walk(child);
        else if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) {
          const range = document.createRange();
          range.selectNodeContents(child);
          const textRect = range.getBoundingClientRect();
          if (textRect.width > 0) check(el, textRect, child.textContent.trim().slice(0, 40));
        }
      }
    };
    walk(document.body);
    if (document.documentElement.scrollWidth > viewportWidth + TOLERANCE) {
      found.push({ what: 'html', text: '(the page scrolls sideways)', right: document.documentElement.scrollWidth, top: 0, edge: viewportWidth, container: 'the viewport' });
    }
    return found;
  });
}

export function formatOverflows(list: Overflow[]): string[] {
  return list.map((o) => `${o.what}${o.text ? ` "${o.text}"` : ''} at y=${o.top}: right edge ${o.right} > ${o.edge} (${o.container})`);
}
