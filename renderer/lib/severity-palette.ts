import { severityCustomProperties } from '../../shared/report/palette';

/** The app's severity colours come from the palette every export uses, so the screen and the files agree. */
export function applySeverityPalette(root: HTMLElement): void {
  for (const [name, value] of severityCustomProperties()) root.style.setProperty(name, value);
}
