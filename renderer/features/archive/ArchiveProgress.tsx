import type { ArchiveProgress } from '../../../shared/domain/archive';
import { useAppState } from '../../app/store-context';
import './archive.css';

const STAGE_LABELS: Record<ArchiveProgress['stage'], string> = {
  reading: 'Reading and checking the archive',
  comparing: 'Comparing it with this computer',
  writing: 'Saving it on this computer',
  exporting: 'Exporting the archive',
};

function percent(progress: ArchiveProgress): number {
  return progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
}

/** What an archive's export, preview or import is doing, and how far it has come. */
export function ArchiveProgressBar({ progress }: { progress: ArchiveProgress }) {
  const label = STAGE_LABELS[progress.stage];
  return (
    <div className="archive-progress">
      <p>
        {label}… <span className="archive-progress-percent">{percent(progress)}%</span>
      </p>
      <progress max={Math.max(progress.total, 1)} value={progress.total === 0 ? 1 : progress.done} aria-label={label} />
    </div>
  );
}

/**
 * An export, or the reading of a chosen file before its preview opens, with no dialog of its own:
 * shown beside the notifications until it is done. An import shows its progress in its dialog.
 */
export function ArchiveActivity() {
  const progress = useAppState((s) => s.archiveProgress);
  const importing = useAppState((s) => s.archiveImporting);
  if (!progress || importing) return null;
  return (
    <div className="archive-activity" role="status">
      <ArchiveProgressBar progress={progress} />
    </div>
  );
}
