import { useEffect, useState } from 'react';
import { EngagementCreateInput } from '../../../shared/domain/engagement';
import { nextMonday } from '../../../shared/domain/dates';
import { BUILTIN_TEMPLATE_ID } from '../../../shared/domain/agenda-template-schema';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/api-client';
import { SETUP_FIRST_FIELD } from '../../store/route';
import { useAppState } from '../../app/store-context';
import { useFormSubmit } from '../../lib/use-form-submit';

/** Creates an engagement from the three facts a consultant knows first; the rest is set up later. */
export function NewEngagementDialog(props: { open: boolean; onClose: () => void }) {
  const createEngagement = useAppState((s) => s.createEngagement);
  const navigate = useAppState((s) => s.navigate);
  const [clientName, setClientName] = useState('');
  const [pilotName, setPilotName] = useState('');
  const [weekStart, setWeekStart] = useState(() => nextMonday(new Date()));
  const [templateValue, setTemplateValue] = useState(`template:${BUILTIN_TEMPLATE_ID}`);
  const templates = useAppState((s) => s.templates);
  const loadTemplates = useAppState((s) => s.loadTemplates);

  useEffect(() => {
    if (props.open) loadTemplates().catch((error: unknown) => setFormError(errorMessage(error)));
  }, [props.open, loadTemplates]);
  const { errors, formError, setFormError, saving, reset, submit: submitForm } = useFormSubmit();

  const close = () => {
    setClientName('');
    setPilotName('');
    setWeekStart(nextMonday(new Date()));
    setTemplateValue(`template:${BUILTIN_TEMPLATE_ID}`);
    reset();
    props.onClose();
  };

  const submit = async () => {
    const template =
      templateValue === 'blank' ? { kind: 'blank' as const, dayCount: 5 } : { kind: 'template' as const, id: templateValue.slice('template:'.length) };
    const input = { clientName, pilotName, weekStart, template };
    await submitForm(EngagementCreateInput, input, async (data) => {
      const engagement = await createEngagement(data);
      close();
      navigate({ name: 'workspace', engagementId: engagement.id, section: 'setup', focus: SETUP_FIRST_FIELD });
    });
  };

  return (
    <FormDialog
      open={props.open}
      title="New engagement"
      onClose={close}
      onSubmit={() => void submit()}
      submitLabel={saving ? 'Creating…' : 'Create engagement'}
      submitDisabled={saving}
      error={formError}
    >
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
        hint="The first day on site."
        onChange={(e) => setWeekStart(e.target.value)}
      />
      <SelectField
        label="Agenda"
        name="template"
        value={templateValue}
        hint="The sessions and guiding questions the week starts with. You can edit them all."
        onChange={(e) => setTemplateValue(e.target.value)}
        options={[
          ...(templates.length > 0 ? templates : [{ id: BUILTIN_TEMPLATE_ID, name: 'Standard audit week', dayCount: 5, sessionCount: 0 }]).map((t) => ({
            value: `template:${t.id}`,
            label: t.sessionCount > 0 ? `${t.name} (${t.dayCount} days, ${t.sessionCount} sessions)` : t.name,
          })),
          { value: 'blank', label: 'Blank week (5 days, no sessions)' },
        ]}
      />
    </FormDialog>
  );
}
