import type { StateCreator } from 'zustand/vanilla';
import type { PathToShip, Phase } from '../../shared/domain/path-to-ship';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';
import type { LoadState } from './engagements-slice';
import { createEngagementScope } from './engagement-scope';

export interface PathToShipSlice {
  /** The path to ship of the open engagement; every write returns the whole of it. */
  pathToShip: PathToShip | null;
  pathLoad: LoadState;
  pathError: string | null;
  loadPathToShip(engagementId: string): Promise<void>;
  setRecommendation(input: ChannelInput<'path:set-recommendation'>): Promise<void>;
  addPhase(input: ChannelInput<'path:add-phase'>): Promise<void>;
  updatePhase(input: ChannelInput<'path:update-phase'>): Promise<void>;
  movePhase(id: string, toIndex: number): Promise<void>;
  deletePhase(id: string): Promise<Phase>;
  restorePhase(phase: Phase): Promise<void>;
  setRaci(input: ChannelInput<'path:set-raci'>): Promise<void>;
  saveSystem(input: ChannelInput<'path:save-system'>): Promise<void>;
  deleteSystem(id: string): Promise<void>;
}

/** Recommendation, roadmap and operating model of the open engagement, kept as the core returns them. */
export function createPathToShipSlice(api: ApiClient): StateCreator<AppState, [], [], PathToShipSlice> {
  return (set) => {
    const scope = createEngagementScope();
    /** A reply for an engagement no longer open is dropped, so a slow write never shows on another client. */
    const keep = (path: PathToShip) => {
      if (scope.holds(path.engagementId)) set({ pathToShip: path });
    };
    return {
      pathToShip: null,
      pathLoad: 'idle',
      pathError: null,
      async loadPathToShip(engagementId) {
        const { switched, isLatest } = scope.begin(engagementId);
        if (switched) set({ pathToShip: null });
        set({ pathLoad: 'loading', pathError: null });
        try {
          const pathToShip = await api.invoke('path:get', { engagementId });
          if (isLatest()) set({ pathToShip, pathLoad: 'ready' });
        } catch (error) {
          if (isLatest()) set({ pathLoad: 'error', pathError: error instanceof Error ? error.message : String(error) });
        }
      },
      async setRecommendation(input) {
        keep(await api.invoke('path:set-recommendation', input));
      },
      async addPhase(input) {
        keep(await api.invoke('path:add-phase', input));
      },
      async updatePhase(input) {
        keep(await api.invoke('path:update-phase', input));
      },
      async movePhase(id, toIndex) {
        keep(await api.invoke('path:move-phase', { id, toIndex }));
      },
      async deletePhase(id) {
        const deleted = await api.invoke('path:delete-phase', { id });
        keep(await api.invoke('path:get', { engagementId: deleted.engagementId }));
        return deleted;
      },
      async restorePhase(phase) {
        keep(await api.invoke('path:restore-phase', phase));
      },
      async setRaci(input) {
        keep(await api.invoke('path:set-raci', input));
      },
      async saveSystem(input) {
        keep(await api.invoke('path:save-system', input));
      },
      async deleteSystem(id) {
        keep(await api.invoke('path:delete-system', { id }));
      },
    };
  };
}
