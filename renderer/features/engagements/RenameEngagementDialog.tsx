import { useEffect, useState } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import { FormDialog } from '../../components/FormDialog';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/api-client';
import { apiFieldErrors } from '../../lib/field-errors';
import { useAppState } from '../../app/store-context';

export function RenameEngagementDialog(props: { engagement: Engagement | null; onClose: () => void }) {
  const renameEngagement = useAppState((s) => s.renameEngagement);
  const [clientName, setClientName] = useState('');
  const [pilotName, setPilotName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    setClientName(props.engagement?.clientName ?? '');
    setPilotName(props.engagement?.pilotName ?? '');
    setErrors({});
    setFormError(null);
  }, [props.engagement]);

  const submit = async () => {
    if (!props.engagement) return;
    try {
      await renameEngagement(props.engagement.id, clientName, pilotName);
      props.onClose();
    } catch (error) {
      const fields = apiFieldErrors(error);
      if (fields) setErrors(fields);
      else setFormError(errorMessage(error));
    }
  };

  return (
    <FormDialog
      open={props.engagement !== null}
      title="Rename engagement"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel="Save"
      error={formError}
    >
      <TextField label="Client" autoFocus value={clientName} error={errors.clientName} onChange={(e) => setClientName(e.target.value)} />
      <TextField label="Pilot" value={pilotName} error={errors.pilotName} onChange={(e) => setPilotName(e.target.value)} />
    </FormDialog>
  );
}
