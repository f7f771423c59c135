import { useEffect, useState } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import { formatWeekRange } from '../../../shared/domain/dates';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import { useArchiveActions } from '../archive/use-archive-actions';
import { BackUpNowButton } from '../recovery/BackUpNowButton';
import { DeleteEngagementDialog } from './DeleteEngagementDialog';
import { FirstRun } from './FirstRun';
import { NewEngagementDialog } from './NewEngagementDialog';
import { RenameEngagementDialog } from './RenameEngagementDialog';
import { STATUS_LABELS, STATUS_TONES } from './status-labels';
import { Chip } from '../../components/Chip';

function EngagementRow(props: {
  engagement: Engagement;
  onOpen: () => void;
  onRename: () => void;
  onArchiveToggle: () => void;
  onDelete: () => void;
  onExport: () => void;
}) {
  const e = props.engagement;
  return (
    <li className={`engagement-row${e.archivedAt ? ' is-archived' : ''}`} data-testid="engagement-row">
      <button type="button" className="engagement-open" onClick={props.onOpen}>
        <span className="engagement-client">{e.clientName}</span>
        <span className="engagement-pilot">{e.pilotName}</span>
        <span className="engagement-week">{formatWeekRange(e.weekStart, e.dayCount)}</span>
        <Chip tone={e.archivedAt ? 'neutral' : STATUS_TONES[e.status]}>{e.archivedAt ? 'Archived' : STATUS_LABELS[e.status]}</Chip>
      </button>
      <div className="engagement-actions">
        <Button variant="ghost" onClick={props.onRename} aria-label={`Rename ${e.clientName} · ${e.pilotName}`}>
          Rename
        </Button>
        <Button variant="ghost" onClick={props.onArchiveToggle} aria-label={`${e.archivedAt ? 'Restore' : 'Archive'} ${e.clientName} · ${e.pilotName}`}>
          {e.archivedAt ? 'Restore' : 'Archive'}
        </Button>
        <Button variant="ghost" onClick={props.onExport} aria-label={`Export ${e.clientName} · ${e.pilotName} as an archive`}>
          Export
        </Button>
        <Button variant="ghost" className="btn-danger-text" onClick={props.onDelete} aria-label={`Delete ${e.clientName} · ${e.pilotName}`}>
          Delete
        </Button>
      </div>
    </li>
  );
}

export function EngagementsScreen(props: { newDialogOpen: boolean; setNewDialogOpen: (open: boolean) => void }) {
  const engagements = useAppState((s) => s.engagements);
  const load = useAppState((s) => s.engagementsLoad);
  const loadError = useAppState((s) => s.engagementsError);
  const showArchived = useAppState((s) => s.showArchived);
  const loadEngagements = useAppState((s) => s.loadEngagements);
  const setShowArchived = useAppState((s) => s.setShowArchived);
  const archiveEngagement = useAppState((s) => s.archiveEngagement);
  const unarchiveEngagement = useAppState((s) => s.unarchiveEngagement);
  const navigate = useAppState((s) => s.navigate);
  const notify = useAppState((s) => s.notify);
  const [renaming, setRenaming] = useState<Engagement | null>(null);
  const [deleting, setDeleting] = useState<Engagement | null>(null);
  const archive = useArchiveActions();

  useEffect(() => {
    void loadEngagements();
  }, [loadEngagements]);

  const toggleArchive = async (e: Engagement) => {
    try {
      if (e.archivedAt) {
        await unarchiveEngagement(e.id);
        notify({ tone: 'success', message: `Restored “${e.clientName} · ${e.pilotName}”.` });
      } else {
        await archiveEngagement(e.id);
        notify({
          tone: 'success',
          message: `Archived “${e.clientName} · ${e.pilotName}”.`,
          action: { label: 'Undo', run: () => void unarchiveEngagement(e.id) },
        });
      }
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  const hasAny = engagements.length > 0;

  return (
    <main className="screen engagements-screen" aria-labelledby="engagements-title">
      <header className="screen-header">
        <div>
          <h1 id="engagements-title">Engagements</h1>
          <p className="screen-subtitle">Each engagement is one audit week with one client and one pilot.</p>
        </div>
        <div className="screen-header-actions">
          <BackUpNowButton />
          <Button variant="ghost" onClick={() => navigate({ name: 'library' })}>
            Firm library
          </Button>
          <Button variant="ghost" onClick={() => navigate({ name: 'settings' })}>
            Settings
          </Button>
          <Button onClick={() => void archive.importArchive()}>Import archive…</Button>
          <label className="checkbox">
            <input type="checkbox" checked={showArchived} onChange={(e) => void setShowArchived(e.target.checked)} />
            Show archived
          </label>
          <Button variant="primary" onClick={() => props.setNewDialogOpen(true)} aria-keyshortcuts="Control+N">
            New engagement
          </Button>
        </div>
      </header>

      {load === 'error' && (
        <div className="banner banner-error" role="alert">
          <p>The engagements could not be loaded: {loadError}</p>
          <Button onClick={() => void loadEngagements()}>Try again</Button>
        </div>
      )}

      {load === 'ready' && !hasAny && (
        <FirstRun title={showArchived ? 'No engagements' : 'No engagements yet'} onNew={() => props.setNewDialogOpen(true)} />
      )}

      {hasAny && (
        <ul className="engagement-list" aria-label="Engagements">
          {engagements.map((e) => (
            <EngagementRow
              key={e.id}
              engagement={e}
              onOpen={() => navigate({ name: 'workspace', engagementId: e.id, section: 'agenda' })}
              onRename={() => setRenaming(e)}
              onArchiveToggle={() => void toggleArchive(e)}
              onDelete={() => setDeleting(e)}
              onExport={() => void archive.exportEngagement(e.id)}
            />
          ))}
        </ul>
      )}

      <NewEngagementDialog open={props.newDialogOpen} onClose={() => props.setNewDialogOpen(false)} />
      <RenameEngagementDialog engagement={renaming} onClose={() => setRenaming(null)} />
      <DeleteEngagementDialog engagement={deleting} onClose={() => setDeleting(null)} />
    </main>
  );
}
