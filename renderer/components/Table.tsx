import type { ReactNode } from 'react';

/**
 * The app's data table: every table has a name for screen readers, given as a label or as the id
 * of a visible heading. Headers, numbers (`num` cells) and the active row look the same everywhere.
 */
export function Table(props: ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never }) & { className?: string; children: ReactNode }) {
  return (
    <table className={['table', props.className].filter(Boolean).join(' ')} aria-label={props.label} aria-labelledby={props.labelledBy}>
      {props.children}
    </table>
  );
}
