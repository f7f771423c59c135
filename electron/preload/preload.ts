import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isRequestChannel } from '../../shared/ipc/channels';
import type { Bridge } from '../../shared/ipc/bridge';
import type { IpcResult } from '../../shared/ipc/result';

/** Exposes only the contract's channels; raw ipcRenderer never reaches the page. */
const bridge: Bridge = {
  invoke(channel, payload) {
    if (!isRequestChannel(channel)) {
      return Promise.resolve<IpcResult<never>>({
        ok: false,
        error: { code: 'unknown_channel', message: `There is no request named "${String(channel)}".` },
      });
    }
    return ipcRenderer.invoke(channel, payload) as Promise<IpcResult<unknown>>;
  },
  on(channel, listener) {
    if (!isEventChannel(channel)) throw new Error(`There is no event named "${String(channel)}".`);
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', bridge);
