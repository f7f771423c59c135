import { useEffect, useState } from 'react';
import { APPENDICES, APPENDIX_LABELS, type Appendix } from '../../../shared/report/report-inputs';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { useAppState } from '../../app/store-context';
import type { SectionScreenProps } from '../workspace/section-screens';
import { ReleaseCheckDialog } from './ReleaseCheckDialog';
import { ReportPreview } from './ReportPreview';
import './deliverables.css';
import { Select } from '../../components/Select';
import { PublishPanel } from '../firm-library/PublishPanel';

/** Friday's output: choose what the report shows, preview it, and write the files to a folder. */
export function DeliverablesScreen({ engagement }: SectionScreenProps) {
  const preview = useAppState((s) => (s.reportEngagementId === engagement.id ? s.reportPreview : null));
  const load = useAppState((s) => s.reportLoad);
  const loadError = useAppState((s) => s.reportError);
  const options = useAppState((s) => s.reportOptions);
  const setOptions = useAppState((s) => s.setReportOptions);
  const loadPreview = useAppState((s) => s.loadReportPreview);
  const reviewExport = useAppState((s) => s.reviewExport);
  const reviewing = useAppState((s) => s.reviewing);
  const exporting = useAppState((s) => s.exporting);
  const busy = exporting || reviewing;
  const progress = useAppState((s) => s.exportProgress);
  const outcome = useAppState((s) => s.exportOutcome);
  const [day, setDay] = useState(1);
  // '' is the whole week's deck, as the select offers it first.
  const [deckDay, setDeckDay] = useState('');

  useEffect(() => {
    void loadPreview(engagement.id);
  }, [engagement.id, loadPreview]);

  const toggleAppendix = (appendix: Appendix, on: boolean) => {
    const appendices = APPENDICES.filter((a) => (a === appendix ? on : options.appendices.includes(a)));
    void setOptions(engagement.id, { ...options, appendices });
  };

  return (
    <div className="deliverables">
      <aside className="deliverables-panel" aria-label="Export options">
        <h2>Export options</h2>
        <fieldset>
          <legend>Names</legend>
          <label className="deliverables-check">
            <input type="checkbox" checked={options.redactNames} onChange={(e) => void setOptions(engagement.id, { ...options, redactNames: e.target.checked })} />
            Replace participant names by their function (“Operator 2”)
          </label>
        </fieldset>
        <fieldset>
          <legend>Appendices</legend>
          {APPENDICES.map((a) => (
            <label key={a} className="deliverables-check">
              <input type="checkbox" checked={options.appendices.includes(a)} onChange={(e) => toggleAppendix(a, e.target.checked)} />
              {APPENDIX_LABELS[a]}
            </label>
          ))}
          <label className="deliverables-check">
            <input
              type="checkbox"
              checked={options.guidingQuestions === true}
              disabled={!options.appendices.includes('agenda')}
              onChange={(e) => void setOptions(engagement.id, { ...options, guidingQuestions: e.target.checked })}
            />
            Each session’s guiding questions in the agenda
          </label>
        </fieldset>
        <fieldset>
          <legend>Firm library</legend>
          <label className="deliverables-check">
            <input type="checkbox" checked={options.benchmarks === true} onChange={(e) => void setOptions(engagement.id, { ...options, benchmarks: e.target.checked })} />
            Compare the pilot with the firm’s past audits (the last comparison on this laptop)
          </label>
        </fieldset>
        <p className="deliverables-hint">
          Facilitator-only and deleted notes never appear in any file. Each export first shows what the client receives, for you to confirm.
        </p>
        <div className="deliverables-actions">
          <Button variant="primary" disabled={busy} onClick={() => void reviewExport(engagement.id, { kind: 'week' })}>
            Export week pack…
          </Button>
          <p className="deliverables-hint">
            The report as PDF and Word, the readout deck, the findings as CSV, the board as a picture, the notes as CSV and Markdown, and each day’s readout, in a new
            folder you choose.
          </p>
          <div className="deliverables-day">
            <Select
              label="Daily readout for"
              value={String(day)}
              onChange={(e) => setDay(Number(e.target.value))}
              options={Array.from({ length: engagement.dayCount }, (_, i) => ({ value: String(i + 1), label: `Day ${i + 1}` }))}
            />
            <Button disabled={busy} onClick={() => void reviewExport(engagement.id, { kind: 'day', day })}>
              Export readout…
            </Button>
          </div>
          <div className="deliverables-day">
            <Select
              label="Readout deck for"
              value={deckDay}
              onChange={(e) => setDeckDay(e.target.value)}
              options={[
                { value: '', label: 'Whole week' },
                ...Array.from({ length: engagement.dayCount }, (_, i) => ({ value: String(i + 1), label: `Day ${i + 1}` })),
              ]}
            />
            <Button disabled={busy} onClick={() => void reviewExport(engagement.id, { kind: 'deck', day: deckDay === '' ? null : Number(deckDay) })}>
              Export readout deck…
            </Button>
          </div>
          <p className="deliverables-hint">PowerPoint slides for the readout: recommendation, money, readiness, risks, decisions, findings and roadmap; a day’s deck has that day’s risks, decisions and findings.</p>
          <div className="deliverables-board">
            <Button disabled={busy} onClick={() => void reviewExport(engagement.id, { kind: 'board' })}>
              Export board picture…
            </Button>
            <p className="deliverables-hint">The findings board as a PNG: client-visible findings by day and area.</p>
          </div>
        </div>
        <div role="status" aria-label="Export status" className="deliverables-status">
          {reviewing && <p>Listing what the client receives…</p>}
          {exporting && (
            <div>
              <p>{progress?.file ? `Writing ${progress.file}…` : 'Choose a folder in the dialog…'}</p>
              {progress && <progress max={progress.total} value={progress.done} aria-label="Export progress" />}
            </div>
          )}
          {!exporting && outcome?.kind === 'written' && (
            <div className="deliverables-written">
              <p>
                Written to the folder <strong>{outcome.folderName}</strong>:
              </p>
              <ul aria-label="Files written" tabIndex={0}>
                {outcome.files.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </div>
          )}
          {!exporting && outcome?.kind === 'failed' && (
            <p role="alert" className="deliverables-error">
              {outcome.message}
            </p>
          )}
        </div>
        <PublishPanel engagement={engagement} />
      </aside>
      <section className="deliverables-preview" aria-label="Preview" tabIndex={0}>
        {load === 'error' ? (
          <EmptyState title="The preview cannot be shown" actions={<Button onClick={() => void loadPreview(engagement.id)}>Try again</Button>}>
            <p>{loadError}</p>
          </EmptyState>
        ) : preview ? (
          <ReportPreview report={preview} />
        ) : (
          <p className="loading">Preparing the preview…</p>
        )}
      </section>
      <ReleaseCheckDialog />
    </div>
  );
}
