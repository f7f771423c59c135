import { useState } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';

/** Deleting is permanent, so the dialog names exactly what goes and offers archiving instead. */
export function DeleteEngagementDialog(props: { engagement: Engagement | null; onClose: () => void }) {
  const deleteEngagement = useAppState((s) => s.deleteEngagement);
  const notify = useAppState((s) => s.notify);
  const [error, setError] = useState<string | null>(null);
  const engagement = props.engagement;

  const confirm = async () => {
    if (!engagement) return;
    try {
      await deleteEngagement(engagement.id);
      notify({ tone: 'success', message: `Deleted “${engagement.clientName} · ${engagement.pilotName}”.` });
      setError(null);
      props.onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Dialog
      open={engagement !== null}
      title="Delete engagement?"
      onClose={() => {
        setError(null);
        props.onClose();
      }}
      onSubmit={() => void confirm()}
      footer={
        <>
          <Button onClick={props.onClose} autoFocus>
            Cancel
          </Button>
          <Button type="submit" variant="danger">
            Delete permanently
          </Button>
        </>
      }
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {engagement && (
        <p>
          <strong>
            {engagement.clientName} · {engagement.pilotName}
          </strong>{' '}
          and everything captured in it will be removed from this computer. This cannot be undone. To keep it out of the
          way instead, archive it.
        </p>
      )}
    </Dialog>
  );
}
