import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { REQUEST_CHANNELS } from '../../shared/ipc/channels';
import type { Dispatch, Sender } from '../../shared/ipc/dispatch';

export function senderOf(event: IpcMainInvokeEvent): Sender {
  const frame = event.senderFrame;
  return { url: frame?.url, isMainFrame: frame != null && frame.parent === null };
}

/** The only place ipcMain.handle is called: every contract channel goes through dispatch. */
export function registerIpcHandlers(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(senderOf(event), channel, payload));
  }
}
