import type { StateCreator } from 'zustand/vanilla';
import type { Engagement, EngagementCreateInput } from '../../shared/domain/engagement';
import type { SampleLoadResult } from '../../shared/domain/sample';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export interface EngagementsSlice {
  engagements: Engagement[];
  /** The engagement whose workspace is open, kept current by every write. */
  openEngagement: Engagement | null;
  engagementsLoad: LoadState;
  engagementsError: string | null;
  showArchived: boolean;
  loadEngagements(): Promise<void>;
  setShowArchived(show: boolean): Promise<void>;
  createEngagement(input: EngagementCreateInput): Promise<Engagement>;
  renameEngagement(id: string, clientName: string, pilotName: string): Promise<Engagement>;
  updateEngagement(input: ChannelInput<'engagements:update'>): Promise<Engagement>;
  archiveEngagement(id: string): Promise<void>;
  unarchiveEngagement(id: string): Promise<void>;
  deleteEngagement(id: string): Promise<void>;
  fetchEngagement(id: string): Promise<Engagement>;
  /** Adds the sample engagement (or finds the copy loaded before) and refreshes the list. */
  loadSample(): Promise<SampleLoadResult>;
}

/** Engagement list state; every write goes through the api and then refreshes from the database. */
export function createEngagementsSlice(api: ApiClient): StateCreator<AppState, [], [], EngagementsSlice> {
  return (set, get) => {
    const replace = (engagement: Engagement) =>
      set((state) => ({
        engagements: state.engagements.map((e) => (e.id === engagement.id ? engagement : e)),
        openEngagement: state.openEngagement?.id === engagement.id ? engagement : state.openEngagement,
      }));

    return {
      engagements: [],
      openEngagement: null,
      engagementsLoad: 'idle',
      engagementsError: null,
      showArchived: false,
      async loadEngagements() {
        set({ engagementsLoad: 'loading', engagementsError: null });
        try {
          const engagements = await api.invoke('engagements:list', { includeArchived: get().showArchived });
          set({ engagements, engagementsLoad: 'ready' });
        } catch (error) {
          set({ engagementsLoad: 'error', engagementsError: error instanceof Error ? error.message : String(error) });
        }
      },
      async setShowArchived(show) {
        set({ showArchived: show });
        await get().loadEngagements();
      },
      async createEngagement(input) {
        const engagement = await api.invoke('engagements:create', input);
        await get().loadEngagements();
        return engagement;
      },
      async renameEngagement(id, clientName, pilotName) {
        const engagement = await api.invoke('engagements:rename', { id, clientName, pilotName });
        replace(engagement);
        return engagement;
      },
      async updateEngagement(input) {
        const engagement = await api.invoke('engagements:update', input);
        replace(engagement);
        return engagement;
      },
      async archiveEngagement(id) {
        await api.invoke('engagements:archive', { id });
        await get().loadEngagements();
      },
      async unarchiveEngagement(id) {
        await api.invoke('engagements:unarchive', { id });
        await get().loadEngagements();
      },
      async deleteEngagement(id) {
        await api.invoke('engagements:delete', { id });
        set((state) => ({ engagements: state.engagements.filter((e) => e.id !== id) }));
      },
      async loadSample() {
        const result = await api.invoke('sample:load', {});
        await get().loadEngagements();
        return result;
      },
      async fetchEngagement(id) {
        const engagement = await api.invoke('engagements:get', { id });
        set({ openEngagement: engagement });
        replace(engagement);
        return engagement;
      },
    };
  };
}
