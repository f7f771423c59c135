import type { Engagement } from '../../../shared/domain/engagement';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppState } from '../../app/store-context';

/** Deleting is permanent, so the dialog names exactly what goes and offers archiving instead. */
export function DeleteEngagementDialog(props: { engagement: Engagement | null; onClose: () => void }) {
  const deleteEngagement = useAppState((s) => s.deleteEngagement);
  const notify = useAppState((s) => s.notify);
  const engagement = props.engagement;

  return (
    <ConfirmDialog
      open={engagement !== null}
      title="Delete engagement?"
      confirmLabel="Delete permanently"
      onClose={props.onClose}
      onConfirm={async () => {
        if (!engagement) return;
        await deleteEngagement(engagement.id);
        notify({ tone: 'success', message: `Deleted “${engagement.clientName} · ${engagement.pilotName}”.` });
      }}
    >
      {engagement && (
        <p>
          <strong>
            {engagement.clientName} · {engagement.pilotName}
          </strong>{' '}
          and everything captured in it will be removed from this computer. This cannot be undone. To keep it out of the
          way instead, archive it.
        </p>
      )}
    </ConfirmDialog>
  );
}
