import type { HTMLAttributes } from 'react';

export type ChipTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/**
 * A short label on a pill: a status, a kind, an area. The words carry the meaning; the tone and
 * the optional area stripe only repeat it.
 */
export function Chip({ tone = 'neutral', area, className, ...rest }: HTMLAttributes<HTMLSpanElement> & { tone?: ChipTone; area?: string | null }) {
  const classes = ['chip', `chip-${tone}`, area !== undefined ? `chip-area-stripe area-${area ?? 'general'}` : '', className];
  return <span className={classes.filter(Boolean).join(' ')} {...rest} />;
}
