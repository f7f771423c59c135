import { useEffect, useMemo, useRef, useState } from 'react';
import { ENGAGEMENT_STATUSES, EngagementSetupInput, type Engagement } from '../../../shared/domain/engagement';
import { MAX_DAYS } from '../../../shared/domain/limits';
import { Button } from '../../components/Button';
import { SelectField, TextAreaField } from '../../components/fields';
import { TextField } from '../../components/TextField';
import { errorMessage } from '../../lib/api-client';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../lib/field-errors';
import { useAppState } from '../../app/store-context';
import { STATUS_LABELS } from '../engagements/status-labels';
import { SETUP_FIRST_FIELD } from '../../store/route';

interface Draft {
  clientName: string;
  pilotName: string;
  pilotDescription: string;
  facilitators: string;
  venue: string;
  weekStart: string;
  dayCount: string;
  status: Engagement['status'];
  accuracyPct: string;
  pilotVolumePerDay: string;
  productionVolumePerDay: string;
  costPerQuery: string;
  currency: string;
}

const numberText = (value: number | null) => (value === null ? '' : String(value));

function toDraft(e: Engagement): Draft {
  return {
    clientName: e.clientName,
    pilotName: e.pilotName,
    pilotDescription: e.pilotDescription,
    facilitators: e.facilitators.join(', '),
    venue: e.venue,
    weekStart: e.weekStart,
    dayCount: String(e.dayCount),
    status: e.status,
    accuracyPct: numberText(e.pilot.accuracyPct),
    pilotVolumePerDay: numberText(e.pilot.pilotVolumePerDay),
    productionVolumePerDay: numberText(e.pilot.productionVolumePerDay),
    costPerQuery: numberText(e.pilot.costPerQuery),
    currency: e.pilot.currency,
  };
}

/** Blank means "not known yet"; anything else must read as a number, or the schema says why. */
function optionalNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? null : Number(trimmed);
}

function toInput(id: string, d: Draft) {
  return {
    id,
    clientName: d.clientName,
    pilotName: d.pilotName,
    pilotDescription: d.pilotDescription,
    facilitators: d.facilitators
      .split(/[,;\n]/)
      .map((f) => f.trim())
      .filter(Boolean),
    venue: d.venue,
    weekStart: d.weekStart,
    dayCount: Number(d.dayCount),
    status: d.status,
    pilot: {
      accuracyPct: optionalNumber(d.accuracyPct),
      pilotVolumePerDay: optionalNumber(d.pilotVolumePerDay),
      productionVolumePerDay: optionalNumber(d.productionVolumePerDay),
      costPerQuery: optionalNumber(d.costPerQuery),
      currency: d.currency.trim().toUpperCase(),
    },
  };
}

/** The engagement and the pilot's numbers as the client states them; saved with Save or Ctrl+S. */
export function EngagementForm({ engagement }: { engagement: Engagement }) {
  const updateEngagement = useAppState((s) => s.updateEngagement);
  const notify = useAppState((s) => s.notify);
  const [draft, setDraft] = useState<Draft>(() => toDraft(engagement));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const saved = useMemo(() => toDraft(engagement), [engagement]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);

  useEffect(() => {
    setDraft(toDraft(engagement));
  }, [engagement]);

  const set = (key: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  const save = async () => {
    const parsed = EngagementSetupInput.safeParse(toInput(engagement.id, draft));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await updateEngagement(parsed.data);
      setErrors({});
      notify({ tone: 'success', message: 'Engagement details saved.' });
    } catch (error) {
      const fields = apiFieldErrors(error);
      if (fields) setErrors(fields);
      else notify({ tone: 'error', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Straight after "Create engagement" the setup opens on its first field, ready to type.
  const justCreated = useAppState((s) => s.route.name === 'workspace' && s.route.focus === SETUP_FIRST_FIELD);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (justCreated) form.current?.querySelector<HTMLInputElement>('input, textarea, select')?.focus();
  }, [justCreated]);

  return (
    <form
      ref={form}
      className="card setup-form"
      aria-labelledby="setup-engagement-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <header className="card-header">
        <h2 id="setup-engagement-title">Engagement</h2>
        <div className="card-header-actions">
          <span className={`save-state${dirty ? ' is-dirty' : ''}`} role="status">
            {dirty ? 'Unsaved changes' : 'All changes saved'}
          </span>
          <Button type="submit" variant="primary" disabled={saving || !dirty} aria-keyshortcuts="Control+S">
            {saving ? 'Saving…' : 'Save'}
          </Button>
        </div>
      </header>
      <div className="form-grid">
        <TextField label="Client" value={draft.clientName} error={errors.clientName} onChange={set('clientName')} />
        <TextField label="Pilot" value={draft.pilotName} error={errors.pilotName} onChange={set('pilotName')} />
        <TextAreaField
          className="span-2"
          label="What the pilot automates"
          rows={3}
          value={draft.pilotDescription}
          error={errors.pilotDescription}
          hint="In the client's words: the task, who does it today, and what the pilot changes."
          onChange={set('pilotDescription')}
        />
        <TextField
          label="Facilitators"
          value={draft.facilitators}
          error={errors.facilitators ?? errors['facilitators.0']}
          hint="Separate names with commas."
          onChange={set('facilitators')}
        />
        <TextField label="Venue" value={draft.venue} error={errors.venue} onChange={set('venue')} />
        <TextField label="Week starts" type="date" value={draft.weekStart} error={errors.weekStart} onChange={set('weekStart')} />
        <div className="form-grid-pair">
          <TextField
            label="Days"
            type="number"
            min={1}
            max={MAX_DAYS}
            value={draft.dayCount}
            error={errors.dayCount}
            onChange={set('dayCount')}
          />
          <SelectField
            label="Status"
            value={draft.status}
            onChange={set('status')}
            options={ENGAGEMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
        </div>
      </div>

      <h3 className="form-section-title">The pilot’s numbers, as the client states them</h3>
      <p className="form-section-hint">Leave a number blank until the client gives it. The cost model starts from these.</p>
      <div className="form-grid form-grid-5">
        <TextField label="Accuracy (%)" inputMode="decimal" value={draft.accuracyPct} error={errors['pilot.accuracyPct']} onChange={set('accuracyPct')} />
        <TextField label="Pilot volume / day" inputMode="decimal" value={draft.pilotVolumePerDay} error={errors['pilot.pilotVolumePerDay']} onChange={set('pilotVolumePerDay')} />
        <TextField
          label="Production volume / day"
          inputMode="decimal"
          value={draft.productionVolumePerDay}
          error={errors['pilot.productionVolumePerDay']}
          onChange={set('productionVolumePerDay')}
        />
        <TextField label="Cost per query" inputMode="decimal" value={draft.costPerQuery} error={errors['pilot.costPerQuery']} onChange={set('costPerQuery')} />
        <TextField label="Currency" maxLength={3} value={draft.currency} error={errors['pilot.currency']} onChange={set('currency')} />
      </div>
    </form>
  );
}
