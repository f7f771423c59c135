import { useEffect, useState, type ReactNode } from 'react';
import { errorMessage } from '../lib/api-client';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { FormError } from './FormDialog';

/**
 * Asks before something that cannot be taken back. Cancel has focus, so Enter alone never
 * confirms; the confirm button names the action. If it fails, the dialog stays open and says why.
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busyLabel?: string;
  tone?: 'primary' | 'danger';
  /** Does the thing; the dialog closes when it resolves and shows the error when it rejects. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  children: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!props.open) return;
    setError(null);
    setBusy(false);
  }, [props.open]);

  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      title={props.title}
      onClose={props.onClose}
      onSubmit={() => void confirm()}
      footer={
        <>
          <Button onClick={props.onClose} autoFocus>
            Cancel
          </Button>
          <Button type="submit" variant={props.tone ?? 'danger'} disabled={busy}>
            {busy && props.busyLabel ? props.busyLabel : props.confirmLabel}
          </Button>
        </>
      }
    >
      <FormError message={error} />
      {props.children}
    </Dialog>
  );
}
