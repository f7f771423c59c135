import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal on the native <dialog> element: focus is trapped, Escape closes it, and the page behind
 * is inert, without any hand-rolled focus logic.
 */
export function Dialog(props: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  onSubmit?: () => void;
  width?: 'narrow' | 'wide' | 'palette';
  /** The title is still read by screen readers; for dialogs whose content says what they are. */
  hideTitle?: boolean;
  /**
   * Enter submits from anywhere in a dialog that has nothing to type into (a scrolled list, say);
   * on a button, Enter still presses that button, so Cancel stays Cancel.
   */
  submitOnEnter?: boolean;
  /** Names the body for a dialog whose content is long enough to scroll, so the keyboard can reach and scroll it. */
  bodyLabel?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first focusable thing, which can be a scrolling body; a control
      // marked data-autofocus says where focus belongs instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${props.width ?? 'narrow'}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      {props.open && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            props.onSubmit?.();
          }}
          onKeyDown={(event) => {
            if (!props.submitOnEnter || event.key !== 'Enter' || event.defaultPrevented) return;
            if (event.target instanceof Element && event.target.closest('button, a, input, select, textarea')) return;
            event.preventDefault();
            event.currentTarget.requestSubmit();
          }}
        >
          <header className={props.hideTitle ? 'sr-only' : 'dialog-header'}>
            <h2 id={titleId}>{props.title}</h2>
          </header>
          {props.bodyLabel ? (
            <div className="dialog-body" role="region" aria-label={props.bodyLabel} tabIndex={0}>
              {props.children}
            </div>
          ) : (
            <div className="dialog-body">{props.children}</div>
          )}
          {props.footer && <footer className="dialog-footer">{props.footer}</footer>}
        </form>
      )}
    </dialog>
  );
}
