import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';

/** Asks before the data file is replaced by its repaired copy; offered by the damage banner and the recovery screen. */
export function RepairDialog(props: { open: boolean; onClose: () => void }) {
  const repairData = useAppState((s) => s.repairData);
  const notify = useAppState((s) => s.notify);

  return (
    <ConfirmDialog
      open={props.open}
      title="Repair your data file?"
      confirmLabel="Repair"
      busyLabel="Repairing…"
      tone="primary"
      onClose={props.onClose}
      onConfirm={async () => {
        try {
          await repairData();
        } catch (error) {
          // The screen may change under the dialog (a failed repair opens the recovery screen), so the reason is also a toast.
          notify({ tone: 'error', message: errorMessage(error) });
          throw error;
        }
        notify({ tone: 'success', message: 'Your data file was repaired and passed its check. The damaged file is kept beside your data.' });
      }}
    >
      <p>
        The app closes your data for a moment, writes a copy of it with every index built afresh, checks the copy, and puts it in
        place. Nothing you saved is left out. The damaged file is kept beside your data under another name.
      </p>
      <p>If the damage goes beyond the indexes, nothing is changed and you can restore a backup instead.</p>
    </ConfirmDialog>
  );
}
