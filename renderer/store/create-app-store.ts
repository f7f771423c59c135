import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiClient } from '../lib/api-client';
import { createArchiveSlice, type ArchiveSlice } from './archive-slice';
import { createAuditWeekSlice, type AuditWeekSlice } from './audit-week-slice';
import { createAssessmentSlice, type AssessmentSlice } from './assessment-slice';
import { createBoardSlice, type BoardSlice } from './board-slice';
import { createCostModelSlice, type CostModelSlice } from './cost-model-slice';
import { createCaptureSlice, type CaptureSlice } from './capture-slice';
import { createCommandRequestsSlice, type CommandRequestsSlice } from './command-requests-slice';
import { createDeliverablesSlice, type DeliverablesSlice } from './deliverables-slice';
import { createEngagementsSlice, type EngagementsSlice } from './engagements-slice';
import { createFollowUpSlice, type FollowUpSlice } from './follow-up-slice';
import { createFirmSlice, type FirmSlice } from './firm-slice';
import { createNavigationSlice, type NavigationSlice } from './navigation-slice';
import { createNotificationsSlice, type NotificationsSlice } from './notifications-slice';
import { createPathToShipSlice, type PathToShipSlice } from './path-to-ship-slice';
import { createRecoverySlice, type RecoverySlice } from './recovery-slice';
import { createRoomSlice, type RoomSlice } from './room-slice';

export type AppState = NavigationSlice &
  NotificationsSlice &
  EngagementsSlice &
  AuditWeekSlice &
  RecoverySlice &
  AssessmentSlice &
  CostModelSlice &
  CaptureSlice &
  FollowUpSlice &
  PathToShipSlice &
  DeliverablesSlice &
  BoardSlice &
  ArchiveSlice &
  RoomSlice &
  FirmSlice &
  CommandRequestsSlice;
export type AppStore = StoreApi<AppState>;

/** The renderer's whole state, one slice per feature, built around an api so Node tests can fake it. */
export function createAppStore(api: ApiClient): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createNavigationSlice(...a),
    ...createNotificationsSlice(...a),
    ...createEngagementsSlice(api)(...a),
    ...createAuditWeekSlice(api)(...a),
    ...createCaptureSlice(api)(...a),
    ...createFollowUpSlice(api)(...a),
    ...createRecoverySlice(api)(...a),
    ...createAssessmentSlice(api)(...a),
    ...createCostModelSlice(api)(...a),
    ...createPathToShipSlice(api)(...a),
    ...createDeliverablesSlice(api)(...a),
    ...createBoardSlice(api)(...a),
    ...createArchiveSlice(api)(...a),
    ...createRoomSlice(api)(...a),
    ...createFirmSlice(api)(...a),
    ...createCommandRequestsSlice(...a),
  }));
}
