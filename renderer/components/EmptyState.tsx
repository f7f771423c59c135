import type { ReactNode } from 'react';

export function EmptyState(props: { title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.children}
      {props.actions && <div className="empty-state-actions">{props.actions}</div>}
    </section>
  );
}
