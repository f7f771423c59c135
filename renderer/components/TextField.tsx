import type { InputHTMLAttributes } from 'react';
import { FieldFrame } from './fields';

/** A labelled input with its validation message tied to it for screen readers. */
export function TextField({
  label,
  error,
  hint,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string | undefined; hint?: string }) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {({ id, describedBy, invalid }) => <input id={id} aria-invalid={invalid} aria-describedby={describedBy} {...input} />}
    </FieldFrame>
  );
}
