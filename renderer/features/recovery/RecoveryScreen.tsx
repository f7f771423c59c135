import { useEffect, useState } from 'react';
import type { BackupSummary } from '../../../shared/domain/backup';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppState } from '../../app/store-context';
import { BACKUP_KIND_LABELS, describeCounts, formatBackupTime, KEPT_FILE_LABELS } from './backup-labels';
import './recovery.css';
import { Chip } from '../../components/Chip';
import { RepairDialog } from './RepairDialog';

function RestoreDialog(props: { backup: BackupSummary | null; kept: string | null; onClose: () => void }) {
  const restoreBackup = useAppState((s) => s.restoreBackup);
  const notify = useAppState((s) => s.notify);
  const backup = props.backup;

  return (
    <ConfirmDialog
      open={backup !== null}
      title="Restore this backup?"
      confirmLabel="Restore backup"
      busyLabel="Restoring…"
      tone="primary"
      onClose={props.onClose}
      onConfirm={async () => {
        if (!backup) return;
        const result = await restoreBackup(backup.id);
        notify({
          tone: 'success',
          message: `Restored the backup from ${formatBackupTime(backup.createdAt)}.${result.previousFileKept ? ' The previous file was kept beside your data.' : ''}`,
        });
      }}
    >
      {backup && (
        <p>
          Your data will be as it was on <strong>{formatBackupTime(backup.createdAt)}</strong> ({describeCounts(backup)}). Anything
          saved after that is not in this backup.
          {props.kept && ` ${props.kept} is not deleted: it is kept beside your data under another name.`}
        </p>
      )}
    </ConfirmDialog>
  );
}

function StartFreshDialog(props: { open: boolean; kept: string | null; onClose: () => void }) {
  const startFresh = useAppState((s) => s.startFresh);
  const notify = useAppState((s) => s.notify);

  return (
    <ConfirmDialog
      open={props.open}
      title="Start with an empty workspace?"
      confirmLabel="Start fresh"
      tone="primary"
      onClose={props.onClose}
      onConfirm={async () => {
        await startFresh();
        notify({ tone: 'success', message: `Started with an empty workspace.${props.kept ? ` ${props.kept} was kept beside your data.` : ''}` });
      }}
    >
      <p>
        The app will open with no engagements.
        {props.kept && ` ${props.kept} is not deleted: it is kept beside your data under another name, so it can still be looked at later.`}
      </p>
    </ConfirmDialog>
  );
}

/** Shown instead of the app when the data file could not be opened safely at start-up. */
export function RecoveryScreen() {
  const status = useAppState((s) => s.recoveryStatus);
  const backups = useAppState((s) => s.backups);
  const load = useAppState((s) => s.backupsLoad);
  const loadError = useAppState((s) => s.backupsError);
  const loadBackups = useAppState((s) => s.loadBackups);
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const [startingFresh, setStartingFresh] = useState(false);
  const [repairing, setRepairing] = useState(false);

  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  if (!status) return null;
  const kept = status.reason ? KEPT_FILE_LABELS[status.reason] : null;

  return (
    <main className="screen recovery-screen" aria-labelledby="recovery-title">
      <header className="recovery-header">
        <p className="eyebrow">Recovery</p>
        <h1 id="recovery-title">{status.title}</h1>
        <p className="recovery-message">{status.message}</p>
        {!status.canStartFresh && (
          <p className="recovery-hint">To quit, close this window or choose Quit from the File menu.</p>
        )}
      </header>

      {status.canRepair && (
        <section className="recovery-section" aria-labelledby="recovery-repair-title">
          <h2 id="recovery-repair-title">Repair the file</h2>
          <p className="screen-subtitle">
            Writes a checked copy of your data with every index built afresh. It mends the most common damage and keeps everything you
            saved, so try it before restoring a backup.
          </p>
          <Button variant="primary" onClick={() => setRepairing(true)}>
            Repair…
          </Button>
        </section>
      )}

      {status.canRestore && (
        <section className="recovery-section" aria-labelledby="recovery-backups-title">
          <h2 id="recovery-backups-title">Backups you can restore</h2>
          <p className="screen-subtitle">Each of these was opened and checked just now. The newest is first.</p>
          {load === 'loading' && <p className="loading">Checking backups…</p>}
          {load === 'error' && (
            <div className="banner banner-error" role="alert">
              <p>The backups could not be listed: {loadError}</p>
              <Button onClick={() => void loadBackups()}>Try again</Button>
            </div>
          )}
          {load === 'ready' && backups.length === 0 && (
            <p className="recovery-empty">
              No usable backups were found. Backups are made before each update, every hour while you work, every day and when
              the app closes{status.canStartFresh ? ', so from now on there will be some. You can start fresh below.' : '.'}
            </p>
          )}
          {backups.length > 0 && (
            <ul className="backup-list" aria-label="Backups">
              {backups.map((backup, index) => (
                <li key={backup.id} className="backup-row" data-testid="backup-row">
                  <div className="backup-details">
                    <span className="backup-time">{formatBackupTime(backup.createdAt)}</span>
                    <span className="backup-meta">
                      <Chip>{BACKUP_KIND_LABELS[backup.kind]}</Chip>
                      {describeCounts(backup)}
                      {index === 0 && <span className="backup-newest">Newest</span>}
                    </span>
                  </div>
                  <Button
                    variant={index === 0 && !status.canRepair ? 'primary' : 'secondary'}
                    onClick={() => setRestoring(backup)}
                    aria-label={`Restore the backup from ${formatBackupTime(backup.createdAt)}`}
                  >
                    Restore…
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {status.canStartFresh && (
        <section className="recovery-section" aria-labelledby="recovery-fresh-title">
          <h2 id="recovery-fresh-title">Or start with an empty workspace</h2>
          <p className="screen-subtitle">Use this if none of the backups is what you need. Nothing is deleted.</p>
          <Button onClick={() => setStartingFresh(true)}>Start fresh…</Button>
        </section>
      )}

      <RestoreDialog backup={restoring} kept={kept} onClose={() => setRestoring(null)} />
      <StartFreshDialog open={startingFresh} kept={kept} onClose={() => setStartingFresh(false)} />
      <RepairDialog open={repairing} onClose={() => setRepairing(false)} />
    </main>
  );
}
