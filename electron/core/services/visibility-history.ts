import type { NoteVisibility } from '../../../shared/domain/note';
import type { ReleaseItemKind } from '../../../shared/report/release-check-schema';
import type { VisibilityHistoryRepository } from '../db/repositories/visibility-history-repository';
import { timestamp, type ServiceContext } from './service-context';

/** Records an item's visibility change, if `to` is one; called inside the transaction that makes the change. */
export type RecordVisibilityChange = (kind: ReleaseItemKind, item: { id: string; engagementId: string; visibility: NoteVisibility }, to: NoteVisibility | undefined) => void;

/**
 * The release check shows what was facilitator-only before and is client-visible now, and who
 * changed it when; this keeps that history, one row per change. A creation is not a change.
 */
export function createVisibilityRecorder(ctx: ServiceContext, history: VisibilityHistoryRepository): RecordVisibilityChange {
  return (kind, item, to) => {
    if (to === undefined || to === item.visibility) return;
    history.insert({
      id: ctx.newId(),
      engagementId: item.engagementId,
      itemKind: kind,
      itemId: item.id,
      from: item.visibility,
      to,
      changedAt: timestamp(ctx),
      deviceId: ctx.deviceId,
    });
  };
}
