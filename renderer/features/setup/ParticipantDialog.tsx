import { useEffect, useState } from 'react';
import {
  PARTICIPANT_FUNCTIONS,
  PARTICIPANT_FUNCTION_LABELS,
  ParticipantFields,
  type Participant,
  type ParticipantFunction,
} from '../../../shared/domain/participant';
import { FormDialog } from '../../components/FormDialog';
import { SelectField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useAppState } from '../../app/store-context';

export type ParticipantDialogState = { mode: 'add' } | { mode: 'edit'; participant: Participant } | null;

// The function starts unchosen: a preselected one was saved unread, and typing its first letter
// from there jumped past the options above it.
const EMPTY = { name: '', title: '', organisation: '', function: '' as ParticipantFunction | '', daysAttended: [] as number[], contact: '' };
const FUNCTION_OPTIONS = PARTICIPANT_FUNCTIONS.map((f) => ({ value: f, label: PARTICIPANT_FUNCTION_LABELS[f] }));

export function ParticipantDialog(props: { engagementId: string; dayCount: number; state: ParticipantDialogState; onClose: () => void }) {
  const saveParticipant = useAppState((s) => s.saveParticipant);
  const [form, setForm] = useState(EMPTY);
  const { errors, formError, saving, reset, submit: submitForm } = useFormSubmit();

  useEffect(() => {
    reset();
    if (props.state?.mode === 'edit') {
      const p = props.state.participant;
      setForm({ name: p.name, title: p.title, organisation: p.organisation, function: p.function, daysAttended: p.daysAttended, contact: p.contact });
    } else {
      setForm(EMPTY);
    }
  }, [props.state, reset]);

  const toggleDay = (day: number) =>
    setForm((f) => ({ ...f, daysAttended: f.daysAttended.includes(day) ? f.daysAttended.filter((d) => d !== day) : [...f.daysAttended, day] }));

  const submit = async () => {
    const state = props.state;
    const saved = await submitForm(ParticipantFields, form, async (fields) => {
      if (state?.mode === 'edit') await saveParticipant({ ...fields, id: state.participant.id });
      else await saveParticipant({ ...fields, engagementId: props.engagementId });
    });
    if (saved) props.onClose();
  };

  const days = Array.from({ length: props.dayCount }, (_, i) => i + 1);

  return (
    <FormDialog
      open={props.state !== null}
      title={props.state?.mode === 'edit' ? 'Edit participant' : 'Add participant'}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel={props.state?.mode === 'edit' ? 'Save' : 'Add participant'}
      error={formError}
      submitDisabled={saving}
    >
      <TextField label="Name" autoFocus value={form.name} error={errors.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <div className="form-grid">
        <TextField label="Title" value={form.title} error={errors.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        <TextField
          label="Organisation"
          value={form.organisation}
          error={errors.organisation}
          onChange={(e) => setForm({ ...form, organisation: e.target.value })}
        />
      </div>
      <SelectField
        label="Function"
        aria-required="true"
        value={form.function}
        error={errors.function}
        onChange={(e) => setForm({ ...form, function: e.target.value as ParticipantFunction | '' })}
        options={[...(form.function === '' ? [{ value: '', label: 'Choose a function' }] : []), ...FUNCTION_OPTIONS]}
      />
      <fieldset className={`field day-picker${errors.daysAttended ? ' field-invalid' : ''}`}>
        <legend>Days attended</legend>
        <div className="day-picker-options">
          {days.map((day) => (
            <label key={day} className="day-toggle">
              <input type="checkbox" checked={form.daysAttended.includes(day)} onChange={() => toggleDay(day)} />
              Day {day}
            </label>
          ))}
        </div>
        <p className={errors.daysAttended ? 'field-error' : 'field-hint'}>{errors.daysAttended ?? 'Leave all unticked if they attend every day.'}</p>
      </fieldset>
      <TextField label="Contact" value={form.contact} error={errors.contact} placeholder="Email or phone" onChange={(e) => setForm({ ...form, contact: e.target.value })} />
    </FormDialog>
  );
}
