import type { ArchivePreview, MergeReport } from '../../../shared/domain/archive';
import { formatNumber } from '../../../shared/cost-model/format';
import { formatWeekRange } from '../../../shared/domain/dates';
import { isClientRef } from '../../../shared/domain/references';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useAppState } from '../../app/store-context';
import { ArchiveProgressBar } from './ArchiveProgress';
import './archive.css';

const TABLE_LABELS: Record<string, string> = {
  engagements: 'Engagement details',
  participants: 'Participant',
  sessions: 'Agenda session',
  notes: 'Note',
  findings: 'Finding',
  assessment_criterion_scores: 'Criterion score',
  assessment_ml_test_scores: 'ML Test Score',
  assessment_cause_ratings: 'Pilot-purgatory rating',
  cost_scenarios: 'Cost scenario',
  path_recommendations: 'Recommendation',
  path_phases: 'Roadmap phase',
  path_systems: 'Integrated system',
  path_raci: 'Operating model responsibility',
};

function when(iso: string): string {
  return new Date(iso).toLocaleString();
}

function Preview({ preview }: { preview: ArchivePreview }) {
  if (preview.errors.length > 0 || !preview.engagement) {
    return (
      <div className="banner banner-error" role="alert">
        {preview.errors.map((error) => (
          <p key={error}>{error}</p>
        ))}
      </div>
    );
  }
  const e = preview.engagement;
  return (
    <>
      <p className="archive-engagement">
        <strong>
          {e.clientName} · {e.pilotName}
        </strong>
        <span>{formatWeekRange(e.weekStart, e.dayCount)}</span>
      </p>
      <dl className="archive-counts" aria-label="What the archive holds">
        <div>
          <dt>Notes</dt>
          <dd>{formatNumber(preview.counts.notes)}</dd>
        </div>
        <div>
          <dt>Findings</dt>
          <dd>{formatNumber(preview.counts.findings)}</dd>
        </div>
        <div>
          <dt>Participants</dt>
          <dd>{formatNumber(preview.counts.participants)}</dd>
        </div>
      </dl>
      <p>
        {preview.mode === 'new'
          ? 'This engagement is not on this computer yet: importing adds it with everything in the archive.'
          : 'This engagement is already on this computer: importing merges the two. Nothing is lost; where both sides changed the same item, the later change is kept and listed afterwards.'}
      </p>
      {preview.exportedAt && (
        <p className="archive-meta">
          Exported {when(preview.exportedAt)} by Audit Workshop {preview.appVersion}.
        </p>
      )}
    </>
  );
}

function Report({ report }: { report: MergeReport }) {
  return (
    <>
      <p role="status">
        {report.created ? 'The engagement was added.' : 'The archive was merged into this engagement.'} {report.inserted} new and{' '}
        {report.updated} updated {report.inserted + report.updated === 1 ? 'item' : 'items'}.
      </p>
      {report.conflicts.length === 0 ? (
        <p>No item was changed on both computers.</p>
      ) : (
        <>
          <h3 className="archive-subtitle">Changed on both computers ({report.conflicts.length})</h3>
          <ul className="archive-conflicts" aria-label="Conflicts">
            {report.conflicts.map((c) => (
              <li key={`${c.table}:${c.id}`}>
                <strong>
                  {TABLE_LABELS[c.table] ?? c.table} {c.label}
                </strong>
                : kept {c.kept === 'imported' ? 'the imported' : 'this computer’s'} version from {when(c.keptUpdatedAt)}; the version
                from {when(c.otherUpdatedAt)} was set aside.
              </li>
            ))}
          </ul>
        </>
      )}
      {report.renumbered.length > 0 && (
        <>
          <h3 className="archive-subtitle">Given a new reference ({report.renumbered.length})</h3>
          <ul className="archive-conflicts" aria-label="Renumbered notes and findings">
            {report.renumbered.map((r) => (
              <li key={r.id}>
                {TABLE_LABELS[r.table]} {r.from} is now <strong>{r.to}</strong>,{' '}
                {isClientRef(r.from) || !isClientRef(r.to) ? `because this computer already used ${r.from}.` : 'its number in client deliverables.'}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** One dialog for the whole import: the preview, then the merge report. */
export function ArchiveImportDialog() {
  const preview = useAppState((s) => s.archivePreview);
  const report = useAppState((s) => s.archiveReport);
  const importing = useAppState((s) => s.archiveImporting);
  const error = useAppState((s) => s.archiveError);
  const progress = useAppState((s) => s.archiveProgress);
  const importArchive = useAppState((s) => s.importArchive);
  const close = useAppState((s) => s.closeArchive);
  const navigate = useAppState((s) => s.navigate);
  const canImport = preview !== null && preview.errors.length === 0 && !report;

  const footer = report ? (
    <>
      <Button onClick={close}>Close</Button>
      <Button
        variant="primary"
        data-autofocus
        onClick={() => {
          close();
          navigate({ name: 'workspace', engagementId: report.engagementId, section: 'capture' });
        }}
      >
        Open engagement
      </Button>
    </>
  ) : (
    <>
      <Button onClick={close} data-autofocus={canImport ? undefined : true}>
        {canImport ? 'Cancel' : 'Close'}
      </Button>
      {canImport && (
        <Button type="submit" variant="primary" disabled={importing} data-autofocus>
          {importing ? 'Importing…' : preview.mode === 'merge' ? 'Merge archive' : 'Import archive'}
        </Button>
      )}
    </>
  );

  return (
    <Dialog
      open={preview !== null}
      title={report ? 'Archive imported' : `Import “${preview?.fileName ?? ''}”`}
      onClose={close}
      onSubmit={() => void importArchive()}
      footer={footer}
      width="wide"
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {report ? <Report report={report} /> : preview && <Preview preview={preview} />}
      {importing && progress && <ArchiveProgressBar progress={progress} />}
    </Dialog>
  );
}
