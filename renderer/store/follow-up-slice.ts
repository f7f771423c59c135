import type { StateCreator } from 'zustand/vanilla';
import type { ActionItem } from '../../shared/domain/action-item';
import type { SessionAttendance } from '../../shared/domain/attendance';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ApiClient } from '../lib/api-client';
import type { AppState } from './create-app-store';
import { createEngagementScope } from './engagement-scope';

export interface FollowUpSlice {
  /** Which engagement the items and check-ins below belong to. */
  followUpEngagementId: string | null;
  /** Every live action and decision of the open engagement, private ones included (the facilitator's panel). */
  actionItems: ActionItem[];
  attendance: SessionAttendance[];
  /** Reads the items again; the panel calls it whenever a note of the engagement is written. */
  loadActionItems(engagementId: string): Promise<void>;
  followUp(input: ChannelInput<'actions:follow-up'>): Promise<ActionItem>;
  loadAttendance(engagementId: string): Promise<void>;
  setAttendance(input: ChannelInput<'attendance:set'>): Promise<void>;
}

/** What the room agreed to do and decided, followed across the week, and who was in the room. */
export function createFollowUpSlice(api: ApiClient): StateCreator<AppState, [], [], FollowUpSlice> {
  return (set) => {
    const items = createEngagementScope();
    const checkIns = createEngagementScope();
    return {
      followUpEngagementId: null,
      actionItems: [],
      attendance: [],
      async loadActionItems(engagementId) {
        const { switched, isLatest } = items.begin(engagementId);
        if (switched) set({ followUpEngagementId: engagementId, actionItems: [] });
        const actionItems = await api.invoke('actions:list', { engagementId });
        if (isLatest()) set({ actionItems });
      },
      async followUp(input) {
        const item = await api.invoke('actions:follow-up', input);
        if (items.holds(item.engagementId)) set((state) => ({ actionItems: state.actionItems.map((i) => (i.noteId === item.noteId ? item : i)) }));
        return item;
      },
      async loadAttendance(engagementId) {
        const { switched, isLatest } = checkIns.begin(engagementId);
        if (switched) set({ attendance: [] });
        const attendance = await api.invoke('attendance:list', { engagementId });
        if (isLatest()) set({ attendance });
      },
      async setAttendance(input) {
        const session = await api.invoke('attendance:set', input);
        set((state) => ({ attendance: [...state.attendance.filter((a) => a.sessionId !== session.sessionId), session] }));
      },
    };
  };
}
