import { useEffect, useState } from 'react';
import type { Participant } from '../../../shared/domain/participant';
import { DECISIONS, DECISION_LABELS, RecommendationFields, type Decision, type Recommendation } from '../../../shared/domain/path-to-ship';
import { FormDialog } from '../../components/FormDialog';
import { SelectField, TextAreaField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { useAppState } from '../../app/store-context';
import { CriteriaPicker } from './CriteriaPicker';
import { FindingsPicker } from './FindingsPicker';
import { linesOf } from './path-labels';
import type { LinkableFindings } from './use-linkable-findings';
import { useFormSubmit } from '../../lib/use-form-submit';

export const DECISION_HINTS: Record<Decision, string> = {
  go: 'Ready to fund the path to production as planned.',
  'conditional-go': 'Fund it once the listed conditions are met.',
  pivot: 'The problem is worth solving, but not this way.',
  stop: 'Do not take this pilot further.',
};

const SOMEONE_ELSE = 'someone-else';

interface Form {
  decision: Decision | null;
  rationale: string;
  conditions: string;
  criterionIds: string[];
  findingIds: string[];
  decidedBy: string;
  decidedByName: string;
  decidedOn: string;
}

function formFrom(r: Recommendation | null): Form {
  return {
    decision: r?.decision ?? null,
    rationale: r?.rationale ?? '',
    conditions: r?.conditions.join('\n') ?? '',
    criterionIds: r?.criterionIds ?? [],
    findingIds: r?.findingIds ?? [],
    decidedBy: r?.decidedBy.kind === 'participant' ? r.decidedBy.participantId : r?.decidedBy.kind === 'name' ? SOMEONE_ELSE : '',
    decidedByName: r?.decidedBy.kind === 'name' ? r.decidedBy.name : '',
    decidedOn: r?.decidedOn ?? '',
  };
}

/** Records the go / conditional go / pivot / stop call, why, on what conditions, by whom and when. */
export function RecommendationDialog(props: {
  engagementId: string;
  open: boolean;
  recommendation: Recommendation | null;
  participants: readonly Participant[];
  linkable: LinkableFindings;
  onClose: () => void;
}) {
  const setRecommendation = useAppState((s) => s.setRecommendation);
  const [form, setForm] = useState<Form>(formFrom(null));
  const { errors, formError, saving, reset, submit: submitForm } = useFormSubmit();

  useEffect(() => {
    if (!props.open) return;
    setForm(formFrom(props.recommendation));
    reset();
  }, [props.open, props.recommendation, reset]);

  const submit = async () => {
    const saved = await submitForm(RecommendationFields, {
      decision: form.decision ?? undefined,
      rationale: form.rationale,
      conditions: linesOf(form.conditions),
      criterionIds: form.criterionIds,
      findingIds: form.findingIds,
      decidedBy:
        form.decidedBy === ''
          ? { kind: 'nobody' }
          : form.decidedBy === SOMEONE_ELSE
            ? { kind: 'name', name: form.decidedByName }
            : { kind: 'participant', participantId: form.decidedBy },
      decidedOn: form.decidedOn === '' ? null : form.decidedOn,
    }, async (data) => {
      await setRecommendation({ engagementId: props.engagementId, ...data });
    });
    if (!saved) return;
    props.onClose();
  };

  return (
    <FormDialog
      open={props.open}
      width="wide"
      title="Recommendation"
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel="Save recommendation"
      error={formError}
      submitDisabled={saving}
    >
      <fieldset className="ps-decisions" aria-describedby={errors.decision ? 'ps-decision-error' : undefined}>
        <legend>Decision</legend>
        <div className="ps-decision-options">
          {DECISIONS.map((d, index) => (
            <label key={d} className={`ps-decision-option decision-${d}`}>
              <input
                type="radio"
                name="decision"
                value={d}
                checked={form.decision === d}
                data-autofocus={index === 0 ? true : undefined}
                onChange={() => setForm({ ...form, decision: d })}
              />
              <span className="ps-decision-name">{DECISION_LABELS[d]}</span>
              <span className="ps-decision-hint">{DECISION_HINTS[d]}</span>
            </label>
          ))}
        </div>
        {errors.decision && (
          <p id="ps-decision-error" className="field-error" role="alert">
            {errors.decision}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Rationale"
        rows={3}
        value={form.rationale}
        error={errors.rationale}
        onChange={(e) => setForm({ ...form, rationale: e.target.value })}
      />
      <TextAreaField
        label="Conditions"
        hint="One per line: what must be true before the money is spent."
        rows={3}
        value={form.conditions}
        error={errors.conditions}
        onChange={(e) => setForm({ ...form, conditions: e.target.value })}
      />
      <div className="ps-form-grid">
        <SelectField
          label="Decided by"
          value={form.decidedBy}
          error={errors.decidedBy}
          onChange={(e) => setForm({ ...form, decidedBy: e.target.value })}
          options={[
            { value: '', label: 'Not recorded yet' },
            ...props.participants.map((p) => ({ value: p.id, label: p.name })),
            { value: SOMEONE_ELSE, label: 'Someone else…' },
          ]}
        />
        {form.decidedBy === SOMEONE_ELSE && (
          <TextField
            label="Name of who decided"
            value={form.decidedByName}
            error={errors['decidedBy.name']}
            onChange={(e) => setForm({ ...form, decidedByName: e.target.value })}
          />
        )}
        <TextField label="Decided on" type="date" value={form.decidedOn} error={errors.decidedOn} onChange={(e) => setForm({ ...form, decidedOn: e.target.value })} />
      </div>
      <FindingsPicker
        legend="Findings that support it"
        selected={form.findingIds}
        linkable={props.linkable}
        error={errors.findingIds}
        onChange={(findingIds) => setForm((f) => ({ ...f, findingIds }))}
      />
      <CriteriaPicker legend="Audit criteria that support it" selected={form.criterionIds} onChange={(criterionIds) => setForm({ ...form, criterionIds })} />
    </FormDialog>
  );
}
