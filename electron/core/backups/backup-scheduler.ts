import type { BackupKind, BackupSummary } from '../../../shared/domain/backup';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** How often the scheduler looks; short against an hour so a due backup is not late by much. */
export const CHECK_EVERY_MS = 5 * 60 * 1000;

/** What the scheduler backs up: the runtime in normal mode, with no database in recovery mode. */
export interface ScheduledBackupTarget {
  /** Changes whenever the data changes; null while no database is open. */
  changeMarker(): string | null;
  latestBackupAt(kind: BackupKind): Date | null;
  backup(kind: BackupKind): Promise<BackupSummary>;
}

export interface BackupSchedulerOptions {
  target: ScheduledBackupTarget;
  now: () => Date;
  /** Runs `task` every `ms` until the returned function is called; injected so tests need not wait. */
  every: (ms: number, task: () => void) => () => void;
  onFailure: (error: unknown, kind: BackupKind) => void;
  onBackup?: (summary: BackupSummary) => void;
}

export interface BackupScheduler {
  /** Takes whatever backup is due now and returns what it took; a tick while one is under way takes nothing. */
  tick(): Promise<BackupSummary[]>;
  start(): void;
  stop(): void;
}

/**
 * Hourly backups only while the data changes (24 kept), a daily one regardless (7 kept). A
 * failure is reported, and the next check tries again.
 */
export function createBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  const { target, now } = options;
  let markerAtLastHourly = target.changeMarker();
  let cancel: (() => void) | null = null;
  let ticking = false;

  /** A backups folder that cannot be read is reported like a failed backup, and the next check tries again. */
  function due(kind: BackupKind, interval: number, at: Date): boolean {
    let latest: Date | null;
    try {
      latest = target.latestBackupAt(kind);
    } catch (error) {
      options.onFailure(error, kind);
      return false;
    }
    return latest === null || at.getTime() - latest.getTime() >= interval;
  }

  async function take(kind: BackupKind, taken: BackupSummary[]): Promise<boolean> {
    try {
      const summary = await target.backup(kind);
      taken.push(summary);
      options.onBackup?.(summary);
      return true;
    } catch (error) {
      options.onFailure(error, kind);
      return false;
    }
  }

  async function tick(): Promise<BackupSummary[]> {
    const taken: BackupSummary[] = [];
    const marker = target.changeMarker();
    if (marker === null || ticking) return taken;
    ticking = true;
    try {
      const at = now();
      if (marker !== markerAtLastHourly && due('hourly', HOUR_MS, at) && (await take('hourly', taken))) markerAtLastHourly = marker;
      if (due('daily', DAY_MS, at)) await take('daily', taken);
      return taken;
    } finally {
      ticking = false;
    }
  }

  return {
    tick,
    start() {
      cancel ??= options.every(CHECK_EVERY_MS, () => void tick());
    },
    stop() {
      cancel?.();
      cancel = null;
    },
  };
}
