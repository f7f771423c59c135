import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import { archiveNotSupportedMessage } from './archive-routing';

/**
 * Every way an archive reaches the app (double-click, open-file, a second instance) ends here, in
 * main: the renderer never sees the path. The importer with its preview takes over this function.
 */
export async function handleOpenedArchive(filePath: string): Promise<void> {
  const window = BrowserWindow.getAllWindows()[0];
  const options = archiveNotSupportedMessage(path.basename(filePath));
  if (!window) {
    await dialog.showMessageBox(options);
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  await dialog.showMessageBox(window, options);
}
