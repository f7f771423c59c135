import type { StateCreator } from 'zustand/vanilla';
import type { AgendaTemplateSummary } from '../../shared/domain/agenda-template-schema';
import type { Participant } from '../../shared/domain/participant';
import type { Session } from '../../shared/domain/session';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ApiClient } from '../lib/api-client';
import type { TimerAction } from '../../shared/agenda/timer';
import type { AppState } from './create-app-store';
import { createEngagementScope } from './engagement-scope';

export interface AuditWeekSlice {
  /** Which engagement the participants and sessions below belong to. */
  weekEngagementId: string | null;
  participants: Participant[];
  sessions: Session[];
  templates: AgendaTemplateSummary[];
  loadWeek(engagementId: string): Promise<void>;
  loadTemplates(): Promise<void>;
  saveParticipant(input: ChannelInput<'participants:create'> | ChannelInput<'participants:update'>): Promise<Participant>;
  deleteParticipant(id: string): Promise<void>;
  createSession(input: ChannelInput<'sessions:create'>): Promise<Session>;
  updateSession(input: ChannelInput<'sessions:update'>): Promise<Session>;
  moveSession(id: string, toDay: number, toIndex: number): Promise<void>;
  deleteSession(id: string): Promise<Session>;
  restoreSession(session: Session): Promise<void>;
  setSessionStatus(id: string, status: Session['status']): Promise<void>;
  timerAction(id: string, action: TimerAction): Promise<void>;
  saveTemplate(engagementId: string, name: string, description: string): Promise<AgendaTemplateSummary>;
}

/** The audit week of the open engagement: its people, its agenda and the templates to start from. */
export function createAuditWeekSlice(api: ApiClient): StateCreator<AppState, [], [], AuditWeekSlice> {
  return (set, get) => {
    const scope = createEngagementScope();
    const replaceSession = (session: Session) =>
      set((state) => ({ sessions: state.sessions.map((s) => (s.id === session.id ? session : s)) }));
    const refreshParticipants = async (engagementId: string) => {
      const participants = await api.invoke('participants:list', { engagementId });
      if (scope.holds(engagementId)) set({ participants });
    };

    return {
      weekEngagementId: null,
      participants: [],
      sessions: [],
      templates: [],
      async loadWeek(engagementId) {
        const { switched, isLatest } = scope.begin(engagementId);
        if (switched) set({ weekEngagementId: engagementId, participants: [], sessions: [] });
        const [participants, sessions] = await Promise.all([
          api.invoke('participants:list', { engagementId }),
          api.invoke('sessions:list', { engagementId }),
        ]);
        if (isLatest()) set({ participants, sessions });
      },
      async loadTemplates() {
        set({ templates: await api.invoke('templates:list', {}) });
      },
      async saveParticipant(input) {
        const participant =
          'id' in input ? await api.invoke('participants:update', input) : await api.invoke('participants:create', input);
        await refreshParticipants(participant.engagementId);
        return participant;
      },
      async deleteParticipant(id) {
        await api.invoke('participants:delete', { id });
        set((state) => ({ participants: state.participants.filter((p) => p.id !== id) }));
      },
      async createSession(input) {
        const session = await api.invoke('sessions:create', input);
        set((state) => ({ sessions: [...state.sessions, session] }));
        return session;
      },
      async updateSession(input) {
        const session = await api.invoke('sessions:update', input);
        replaceSession(session);
        return session;
      },
      async moveSession(id, toDay, toIndex) {
        set({ sessions: await api.invoke('sessions:move', { id, toDay, toIndex }) });
      },
      async deleteSession(id) {
        const deleted = await api.invoke('sessions:delete', { id });
        set({ sessions: await api.invoke('sessions:list', { engagementId: deleted.engagementId }) });
        return deleted;
      },
      async restoreSession(session) {
        set({ sessions: await api.invoke('sessions:restore', session) });
      },
      async setSessionStatus(id, status) {
        replaceSession(await api.invoke('sessions:set-status', { id, status }));
      },
      async timerAction(id, action) {
        const session = await api.invoke('sessions:timer', { id, ...action });
        // A start pauses any other running session in main; the list is read again to show it, and
        // only the newest read is kept when two starts follow each other quickly.
        if (action.action === 'start') {
          const { isLatest } = scope.begin(session.engagementId);
          const sessions = await api.invoke('sessions:list', { engagementId: session.engagementId });
          if (isLatest()) set({ sessions });
        } else replaceSession(session);
      },
      async saveTemplate(engagementId, name, description) {
        const template = await api.invoke('templates:save', { engagementId, name, description });
        await get().loadTemplates();
        return template;
      },
    };
  };
}
