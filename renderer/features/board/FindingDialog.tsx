import { useEffect, useState } from 'react';
import { AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import { FindingFields, type Finding, type FindingMove } from '../../../shared/domain/finding';
import type { Participant } from '../../../shared/domain/participant';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { SelectField, TextAreaField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { noteLinkHash } from '../../store/route';
import { AREA_OPTIONS, CONFIDENCE_OPTIONS, KIND_OPTIONS, SEVERITY_OPTIONS, STATUS_OPTIONS, VISIBILITY_OPTIONS, dayOptions } from './labels';
import { useFormSubmit } from '../../lib/use-form-submit';

export type FindingDialogState = { mode: 'new'; area: Finding['area'] | ''; day: number } | { mode: 'edit'; id: string } | null;

type Form = Record<'title' | 'body' | 'area' | 'kind' | 'severity' | 'confidence' | 'status' | 'ownerId' | 'recommendation' | 'visibility', string> & {
  day: number;
  votes: number;
};

const blank = (area: string, day: number): Form => ({
  title: '',
  body: '',
  area,
  day,
  kind: 'risk',
  severity: 'medium',
  confidence: 'medium',
  status: 'open',
  ownerId: '',
  recommendation: '',
  visibility: 'client',
  votes: 0,
});

const fromFinding = (f: Finding): Form => ({ ...f, ownerId: f.ownerId ?? '' });

function describeMove(move: FindingMove): string {
  const at = new Date(move.movedAt).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });
  const from = `${AUDIT_AREA_INFO[move.fromArea].label}, day ${move.fromDay}`;
  const to = `${AUDIT_AREA_INFO[move.toArea].label}, day ${move.toDay}`;
  return `${at}: ${from} → ${to}`;
}

/** Every field of a finding, its evidence and where it has moved; or a new finding. */
export function FindingDialog(props: {
  engagementId: string;
  dayCount: number;
  participants: Participant[];
  state: FindingDialogState;
  onClose(): void;
  onDelete(finding: Finding): void;
  onLinkNotes(finding: Finding): void;
}) {
  const finding = useAppState((s) => (props.state?.mode === 'edit' ? s.findings.find((f) => f.id === (props.state as { id: string }).id) : undefined));
  const createFinding = useAppState((s) => s.createFinding);
  const updateFinding = useAppState((s) => s.updateFinding);
  const unlinkNote = useAppState((s) => s.unlinkNote);
  const findingHistory = useAppState((s) => s.findingHistory);
  const notify = useAppState((s) => s.notify);
  const [form, setForm] = useState<Form>(blank('', 1));
  const { errors, formError, saving, reset, submit: submitForm } = useFormSubmit();
  const [history, setHistory] = useState<FindingMove[]>([]);
  const editingId = props.state?.mode === 'edit' ? props.state.id : null;

  useEffect(() => {
    reset();
    setHistory([]);
    if (props.state?.mode === 'new') setForm(blank(props.state.area, props.state.day));
  }, [props.state, reset]);

  useEffect(() => {
    if (finding) setForm(fromFinding(finding));
    // Only when a different finding opens: later store updates must not wipe what is being typed.
  }, [finding?.id]);

  useEffect(() => {
    if (editingId) findingHistory(editingId).then(setHistory, () => setHistory([]));
  }, [editingId, findingHistory, finding?.area, finding?.day]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    const saved = await submitForm(FindingFields, { ...form, area: form.area === '' ? undefined : form.area, ownerId: form.ownerId === '' ? null : form.ownerId }, async (data) => {
      if (finding) await updateFinding({ id: finding.id, ...data });
      else await createFinding({ engagementId: props.engagementId, ...data });
    });
    if (!saved) return;
    props.onClose();
  };

  const unlink = (noteId: string) => {
    if (!finding) return;
    unlinkNote(finding.id, noteId).catch((error: unknown) => notify({ tone: 'error', message: errorMessage(error) }));
  };

  const open = props.state !== null && (props.state.mode === 'new' || finding !== undefined);
  const owners = [{ value: '', label: 'No owner' }, ...props.participants.map((p) => ({ value: p.id, label: p.name }))];

  return (
    <FormDialog
      open={open}
      width="wide"
      title={finding ? `Finding ${finding.ref}` : 'New finding'}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel={finding ? 'Save' : 'Add finding'}
      remove={finding ? { label: 'Delete finding', run: () => props.onDelete(finding) } : undefined}
      error={formError}
      submitDisabled={saving}
    >
      <TextField label="Title" data-autofocus value={form.title} error={errors.title} onChange={(e) => set('title', e.target.value)} />
      <div className="finding-form-grid">
        <SelectField label="Area" value={form.area} error={errors.area} onChange={(e) => set('area', e.target.value)} options={[...(form.area === '' ? [{ value: '', label: 'Choose an area' }] : []), ...AREA_OPTIONS]} />
        <SelectField label="Day" value={String(form.day)} error={errors.day} onChange={(e) => set('day', Number(e.target.value))} options={dayOptions(props.dayCount)} />
        <SelectField label="Kind" value={form.kind} onChange={(e) => set('kind', e.target.value)} options={KIND_OPTIONS} />
        <SelectField label="Severity" value={form.severity} onChange={(e) => set('severity', e.target.value)} options={SEVERITY_OPTIONS} />
        <SelectField label="Confidence" value={form.confidence} onChange={(e) => set('confidence', e.target.value)} options={CONFIDENCE_OPTIONS} />
        <SelectField label="Status" value={form.status} onChange={(e) => set('status', e.target.value)} options={STATUS_OPTIONS} />
        <SelectField label="Owner" value={form.ownerId} error={errors.ownerId} onChange={(e) => set('ownerId', e.target.value)} options={owners} />
        <TextField label="Votes" type="number" min={0} value={form.votes} error={errors.votes} onChange={(e) => set('votes', Math.max(0, Number(e.target.value) || 0))} />
        <SelectField label="Who may see it" value={form.visibility} onChange={(e) => set('visibility', e.target.value)} options={VISIBILITY_OPTIONS} />
      </div>
      <TextAreaField label="Details" rows={3} value={form.body} error={errors.body} onChange={(e) => set('body', e.target.value)} />
      <TextAreaField label="Recommendation" rows={2} value={form.recommendation} error={errors.recommendation} onChange={(e) => set('recommendation', e.target.value)} />
      {finding && (
        <section className="finding-evidence" aria-label="Evidence">
          <header className="finding-section-head">
            <h3>Evidence</h3>
            <Button variant="ghost" onClick={() => props.onLinkNotes(finding)}>
              Link notes…
            </Button>
          </header>
          {finding.evidence.length === 0 ? (
            <p className="field-hint">No notes linked. Link the notes that support this finding so the report can cite them.</p>
          ) : (
            <ul className="evidence-list">
              {finding.evidence.map((e) => (
                <li key={e.noteId}>
                  <span className="evidence-ref">{e.ref}</span>
                  <span className="evidence-text">
                    {e.text}
                    {e.visibility === 'facilitator' && <span className="evidence-private"> (facilitator only)</span>}
                  </span>
                  <a className="btn btn-ghost" href={noteLinkHash(props.engagementId, e.noteId)} aria-label={`Open note ${e.ref} in Capture`}>
                    Open
                  </a>
                  <Button variant="ghost" aria-label={`Unlink note ${e.ref}`} onClick={() => unlink(e.noteId)}>
                    Unlink
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <h3>Moves</h3>
          {history.length === 0 ? (
            <p className="field-hint">Raised on day {finding.day} and not moved since.</p>
          ) : (
            <ol className="move-list">
              {history.map((m) => (
                <li key={m.id}>{describeMove(m)}</li>
              ))}
            </ol>
          )}
        </section>
      )}
    </FormDialog>
  );
}
