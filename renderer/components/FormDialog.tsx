import type { ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

/**
 * A dialog that edits something: the form's error above its fields, Cancel and the submit button
 * at the foot, and, when editing an existing thing, its delete action set apart on the left.
 */
export function FormDialog(props: {
  open: boolean;
  title: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: () => void;
  error?: string | null;
  width?: 'narrow' | 'wide';
  submitDisabled?: boolean;
  remove?: { label: string; run: () => void } | undefined;
  children: ReactNode;
}) {
  return (
    <Dialog
      open={props.open}
      title={props.title}
      width={props.width}
      onClose={props.onClose}
      onSubmit={props.onSubmit}
      footer={
        <>
          {props.remove && (
            <Button variant="ghost" className="btn-danger-text dialog-footer-start" onClick={props.remove.run}>
              {props.remove.label}
            </Button>
          )}
          <Button onClick={props.onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={props.submitDisabled}>
            {props.submitLabel}
          </Button>
        </>
      }
    >
      <FormError message={props.error} />
      {props.children}
    </Dialog>
  );
}

/** What went wrong with the whole form, announced as it appears. */
export function FormError(props: { message: string | null | undefined }) {
  if (!props.message) return null;
  return (
    <p className="form-error" role="alert">
      {props.message}
    </p>
  );
}
