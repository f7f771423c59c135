import { useState } from 'react';
import { EngagementCreateInput } from '../../../shared/domain/engagement';
import { nextMonday } from '../../../shared/domain/dates';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/TextField';
import { ApiError, errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';

/** Creates an engagement from the three facts a consultant knows first; the rest is set up later. */
export function NewEngagementDialog(props: { open: boolean; onClose: () => void }) {
  const createEngagement = useAppState((s) => s.createEngagement);
  const navigate = useAppState((s) => s.navigate);
  const [clientName, setClientName] = useState('');
  const [pilotName, setPilotName] = useState('');
  const [weekStart, setWeekStart] = useState(() => nextMonday(new Date()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setClientName('');
    setPilotName('');
    setWeekStart(nextMonday(new Date()));
    setErrors({});
    setFormError(null);
    props.onClose();
  };

  const submit = async () => {
    const input = { clientName, pilotName, weekStart };
    const parsed = EngagementCreateInput.safeParse(input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
      setErrors(fieldErrors);
      return;
    }
    setSaving(true);
    try {
      const engagement = await createEngagement(parsed.data);
      close();
      navigate({ name: 'workspace', engagementId: engagement.id, section: 'agenda' });
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) setErrors(error.fields);
      else setFormError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={props.open}
      title="New engagement"
      onClose={close}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={saving}>
            {saving ? 'Creating…' : 'Create engagement'}
          </Button>
        </>
      }
    >
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      <TextField
        label="Client"
        name="clientName"
        autoFocus
        value={clientName}
        error={errors.clientName}
        placeholder="e.g. Northwind Logistics"
        onChange={(e) => setClientName(e.target.value)}
      />
      <TextField
        label="Pilot"
        name="pilotName"
        value={pilotName}
        error={errors.pilotName}
        placeholder="e.g. Invoice extraction assistant"
        onChange={(e) => setPilotName(e.target.value)}
      />
      <TextField
        label="Week starts"
        name="weekStart"
        type="date"
        value={weekStart}
        error={errors.weekStart}
        hint="The first day on site. The standard audit week is five days."
        onChange={(e) => setWeekStart(e.target.value)}
      />
    </Dialog>
  );
}
