import { useEffect, useState } from 'react';
import { AUDIT_AREAS } from '../../../shared/domain/audit-areas';
import { SESSION_KINDS, SessionFields, type GuidingQuestion, type Session } from '../../../shared/domain/session';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { SelectField, TextAreaField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { useAppState } from '../../app/store-context';
import { areaLabel, KIND_LABELS } from './labels';
import { useFormSubmit } from '../../lib/use-form-submit';

export type SessionDialogState = { mode: 'add'; day: number } | { mode: 'edit'; session: Session } | null;

interface Form {
  title: string;
  kind: Session['kind'];
  area: string;
  day: number;
  start: string;
  end: string;
  goal: string;
  questions: GuidingQuestion[];
}

const blank = (day: number): Form => ({ title: '', kind: 'session', area: '', day, start: '09:00', end: '10:00', goal: '', questions: [] });

export function SessionDialog(props: {
  engagementId: string;
  dayCount: number;
  state: SessionDialogState;
  onClose: () => void;
  onDelete: (session: Session) => void;
}) {
  const createSession = useAppState((s) => s.createSession);
  const updateSession = useAppState((s) => s.updateSession);
  const moveSession = useAppState((s) => s.moveSession);
  const sessions = useAppState((s) => s.sessions);
  const [form, setForm] = useState<Form>(blank(1));
  const { errors, formError, saving, reset, submit: submitForm } = useFormSubmit();

  useEffect(() => {
    reset();
    if (props.state?.mode === 'edit') {
      const s = props.state.session;
      setForm({ title: s.title, kind: s.kind, area: s.area ?? '', day: s.day, start: s.start, end: s.end, goal: s.goal, questions: s.questions });
    } else if (props.state?.mode === 'add') {
      setForm(blank(props.state.day));
    }
  }, [props.state, reset]);

  const submit = async () => {
    const fields = {
      title: form.title,
      kind: form.kind,
      area: form.area === '' ? null : (form.area as Session['area']),
      start: form.start,
      end: form.end,
      goal: form.goal,
      questions: form.questions.filter((q) => q.text.trim() !== ''),
    };
    const saved = await submitForm(SessionFields, fields, async (data) => {
      if (props.state?.mode === 'edit') {
        const session = props.state.session;
        await updateSession({ id: session.id, ...data });
        if (form.day !== session.day) {
          await moveSession(session.id, form.day, sessions.filter((s) => s.day === form.day).length);
        }
      } else {
        await createSession({ engagementId: props.engagementId, day: form.day, ...data });
      }
    });
    if (!saved) return;
    props.onClose();
  };

  const setQuestion = (index: number, text: string) =>
    setForm((f) => ({ ...f, questions: f.questions.map((q, i) => (i === index ? { ...q, text } : q)) }));

  const editing = props.state?.mode === 'edit' ? props.state.session : null;
  return (
    <FormDialog
      open={props.state !== null}
      width="wide"
      title={editing ? 'Edit session' : 'Add session'}
      onClose={props.onClose}
      onSubmit={() => void submit()}
      submitLabel={editing ? 'Save' : 'Add session'}
      remove={editing ? { label: 'Delete session', run: () => props.onDelete(editing) } : undefined}
      error={formError}
      submitDisabled={saving}
    >
      <TextField label="Title" autoFocus value={form.title} error={errors.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
      <div className="session-form-grid">
        <SelectField
          label="Day"
          value={String(form.day)}
          error={errors.day}
          onChange={(e) => setForm({ ...form, day: Number(e.target.value) })}
          options={Array.from({ length: props.dayCount }, (_, i) => ({ value: String(i + 1), label: `Day ${i + 1}` }))}
        />
        <TextField label="Starts" type="time" value={form.start} error={errors.start} onChange={(e) => setForm({ ...form, start: e.target.value })} />
        <TextField label="Ends" type="time" value={form.end} error={errors.end} onChange={(e) => setForm({ ...form, end: e.target.value })} />
        <SelectField
          label="Kind"
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as Session['kind'] })}
          options={SESSION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        />
        <SelectField
          label="Area"
          value={form.area}
          error={errors.area}
          onChange={(e) => setForm({ ...form, area: e.target.value })}
          options={[{ value: '', label: 'General' }, ...AUDIT_AREAS.map((a) => ({ value: a, label: areaLabel(a) }))]}
        />
      </div>
      <TextAreaField label="Goal" rows={2} value={form.goal} error={errors.goal} onChange={(e) => setForm({ ...form, goal: e.target.value })} />
      <fieldset className="questions-editor">
        <legend>Guiding questions</legend>
        {form.questions.length === 0 && <p className="field-hint">No questions yet.</p>}
        <ol>
          {form.questions.map((q, index) => (
            <li key={index}>
              <textarea
                aria-label={`Question ${index + 1}`}
                rows={2}
                value={q.text}
                onChange={(e) => setQuestion(index, e.target.value)}
              />
              {q.source && (
                <span className="question-source">
                  {q.source.framework} · {q.source.ref}
                </span>
              )}
              <Button
                variant="ghost"
                aria-label={`Remove question ${index + 1}`}
                onClick={() => setForm((f) => ({ ...f, questions: f.questions.filter((_, i) => i !== index) }))}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
        <Button onClick={() => setForm((f) => ({ ...f, questions: [...f.questions, { text: '' }] }))}>Add question</Button>
      </fieldset>
    </FormDialog>
  );
}
