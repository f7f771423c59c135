import { useEffect, useState } from 'react';
import type { Participant } from '../../../shared/domain/participant';
import { MAX_TARGET_WEEK, PhaseFields, type Phase } from '../../../shared/domain/path-to-ship';
import { FormDialog } from '../../components/FormDialog';
import { SelectField, TextAreaField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { useAppState } from '../../app/store-context';
import { CriteriaPicker } from './CriteriaPicker';
import { FindingsPicker } from './FindingsPicker';
import { linesOf } from './path-labels';
import type { LinkableFindings } from './use-linkable-findings';
import { useFormSubmit } from '../../lib/use-form-submit';

export type PhaseDialogState = { mode: 'add'; suggestedWeek: number } | { mode: 'edit'; phase: Phase } | null;

interface Form {
  name: string;
  targetWeek: string;
  ownerId: string;
  milestones: string;
  exitCriteria: string;
  criterionIds: string[];
  findingIds: string[];
}

function formFrom(state: PhaseDialogState): Form {
  if (state?.mode === 'edit') {
    const p = state.phase;
    return {
      name: p.name,
      targetWeek: String(p.targetWeek),
      ownerId: p.ownerId ?? '',
      milestones: p.milestones.join('\n'),
      exitCriteria: p.exitCriteria.join('\n'),
      criterionIds: p.criterionIds,
      findingIds: p.findingIds,
    };
  }
  return { name: '', targetWeek: String(state?.suggestedWeek ?? 4), ownerId: '', milestones: '', exitCriteria: '', criterionIds: [], findingIds: [] };
}

/** Adds or edits one roadmap phase. */
export function PhaseDialog(props: {
  engagementId: string;
  state: PhaseDialogState;
  participants: readonly Participant[];
  linkable: LinkableFindings;
  onClose: () => void;
  onDelete: (phase: Phase) => void;
}) {
  const addPhase = useAppState((s) => s.addPhase);
  const updatePhase = useAppState((s) => s.updatePhase);
  const [form, setForm] = useState<Form>(formFrom(null));
  const { errors, formError, saving, reset, submit: submitForm } = useFormSubmit();

  useEffect(() => {
    setForm(formFrom(props.state));
    reset();
  }, [props.state, reset]);

  const submit = async () => {
    const saved = await submitForm(PhaseFields, {
      name: form.name,
      targetWeek: form.targetWeek.trim() === '' ? undefined : Number(form.targetWeek),
      ownerId: form.ownerId === '' ? null : form.ownerId,
      milestones: linesOf(form.milestones),
      exitCriteria: linesOf(form.exitCriteria),
      criterionIds: form.criterionIds,
      findingIds: form.findingIds,
    }, async (data) => {
      if (props.state?.mode === 'edit') await updatePhase({ id: props.state.phase.id, ...data });
      else await addPhase({ engagementId: props.engagementId, ...data });
    });
    if (!saved) return;
    props.onClose();
  };

  const editing = props.state?.mode === 'edit' ? props.state.phase : null;
  return (
    <FormDialog
      open={props.state !== null}
      width="wide"
      title={editing ? 'Edit phase' : 'Add phase'}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel={editing ? 'Save' : 'Add phase'}
      remove={editing ? { label: 'Delete phase', run: () => props.onDelete(editing) } : undefined}
      error={formError}
      submitDisabled={saving}
    >
      <div className="ps-form-grid">
        <TextField
          label="Phase name"
          data-autofocus
          placeholder="Harden, Integrate, Production pilot, Scale…"
          value={form.name}
          error={errors.name}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <TextField
          label="Target week"
          type="number"
          min={1}
          max={MAX_TARGET_WEEK}
          hint="Weeks after the decision when the phase should be done."
          value={form.targetWeek}
          error={errors.targetWeek}
          onChange={(e) => setForm({ ...form, targetWeek: e.target.value })}
        />
        <SelectField
          label="Owner"
          value={form.ownerId}
          error={errors.ownerId}
          onChange={(e) => setForm({ ...form, ownerId: e.target.value })}
          options={[{ value: '', label: 'No owner yet' }, ...props.participants.map((p) => ({ value: p.id, label: p.name }))]}
        />
      </div>
      <div className="ps-form-grid two">
        <TextAreaField
          label="Milestones"
          hint="One per line."
          rows={4}
          value={form.milestones}
          error={errors.milestones}
          onChange={(e) => setForm({ ...form, milestones: e.target.value })}
        />
        <TextAreaField
          label="Exit criteria"
          hint="One per line: what must be true to move on."
          rows={4}
          value={form.exitCriteria}
          error={errors.exitCriteria}
          onChange={(e) => setForm({ ...form, exitCriteria: e.target.value })}
        />
      </div>
      <FindingsPicker
        legend="Findings this phase addresses"
        selected={form.findingIds}
        linkable={props.linkable}
        error={errors.findingIds}
        onChange={(findingIds) => setForm((f) => ({ ...f, findingIds }))}
      />
      <CriteriaPicker legend="Audit criteria this phase addresses" selected={form.criterionIds} onChange={(criterionIds) => setForm({ ...form, criterionIds })} />
    </FormDialog>
  );
}
