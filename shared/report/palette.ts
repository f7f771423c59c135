import { SEVERITIES, type Severity } from '../domain/finding';

/*
 * The one severity palette: the app, the PDF, the Word file and the board picture all draw from
 * it. A colour-blind-safe scale (Okabe–Ito hues, stepped in lightness so it also reads in
 * greyscale), always shown with its word; the text colour on each fill passes WCAG AA.
 */

export interface Swatch {
  /** The fill, as #rrggbb. */
  fill: string;
  /** The colour of text written on the fill. */
  text: string;
}

/** Light is what prints; dark is the app's dark theme, where a deep fill would vanish. */
export const SEVERITY_PALETTE: Readonly<Record<Severity, { light: Swatch; dark: Swatch }>> = {
  critical: { light: { fill: '#8f0e2b', text: '#ffffff' }, dark: { fill: '#ff8fa3', text: '#000000' } },
  high: { light: { fill: '#e69f00', text: '#000000' }, dark: { fill: '#e69f00', text: '#000000' } },
  medium: { light: { fill: '#56b4e9', text: '#000000' }, dark: { fill: '#56b4e9', text: '#000000' } },
  low: { light: { fill: '#d9d9d9', text: '#000000' }, dark: { fill: '#bfc5cc', text: '#000000' } },
};

/** The printed swatch of a severity: what the PDF, the Word file and the board picture use. */
export function severitySwatch(severity: Severity): Swatch {
  return SEVERITY_PALETTE[severity].light;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The palette as CSS custom properties (--sev-high, --sev-high-text, …), light and dark via light-dark(). */
export function severityCustomProperties(): [string, string][] {
  return SEVERITIES.flatMap((severity) => {
    const { light, dark } = SEVERITY_PALETTE[severity];
    return [
      [`--sev-${severity}`, `light-dark(${light.fill}, ${dark.fill})`],
      [`--sev-${severity}-text`, `light-dark(${light.text}, ${dark.text})`],
    ] as [string, string][];
  });
}

/** The report's severity pills as CSS rules, from the printed swatches. */
export function severityCss(selector: (severity: Severity) => string): string {
  return SEVERITIES.map((s) => `${selector(s)} { background: ${severitySwatch(s).fill}; color: ${severitySwatch(s).text}; }`).join('\n');
}
