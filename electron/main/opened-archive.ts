import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { ArchivePreview } from '../../shared/domain/archive';
import { pushEvent } from '../../shared/ipc/events-contract';

export interface OpenedArchiveContext {
  window(): BrowserWindow | null;
  /** Reads and checks the file in the open core; null while the app is on its recovery screen. */
  stage(filePath: string): Promise<ArchivePreview> | null;
}

/**
 * Every way an archive reaches the app (double-click, open-file, a second instance) ends here, in
 * main: the core reads and checks the file, and the renderer gets only its preview and an opaque
 * token to import it with once the facilitator confirms.
 */
export async function handleOpenedArchive(filePath: string, context: OpenedArchiveContext): Promise<void> {
  const staging = context.window() ? context.stage(filePath) : null;
  const preview = staging ? await staging : null;
  // Reading a large file takes a while; the window may have closed meanwhile.
  const window = context.window();
  if (!window || !preview) {
    await dialog.showMessageBox({
      type: 'info',
      title: 'Engagement archive',
      message: 'The archive cannot be opened right now.',
      detail: `“${path.basename(filePath)}” was not read and nothing changed. ${window ? 'Restore a backup or start fresh first, then open the archive again.' : 'Open it again once the app window is showing.'}`,
      buttons: ['OK'],
      noLink: true,
    });
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  pushEvent(window.webContents, 'archive:opened', preview);
}
