import { currentAndNext, dayOfWeek, localIsoDate, localMinutes } from '../../../shared/agenda/now';
import type { Engagement } from '../../../shared/domain/engagement';
import type { CaptureDraft } from '../../../shared/domain/note';
import type { Session } from '../../../shared/domain/session';

/** A box nobody has set: it follows the agenda and the clock, and its notes are client-visible. */
export const FRESH_CONTEXT: CaptureDraft['context'] = { day: null, sessionId: null, visibility: 'client', keepPrivate: false };

export interface CaptureContext {
  day: number;
  session: Session | null;
  /** True when the context follows the running session and the clock rather than a choice. */
  automatic: boolean;
}

/**
 * Where a new note belongs: the session whose timer runs, else the session the clock says is on
 * today, else the day alone. A choice the facilitator made (kept in the draft) wins.
 */
export function captureContext(engagement: Engagement, sessions: readonly Session[], draft: CaptureDraft['context'], now: Date): CaptureContext {
  if (draft.day !== null && draft.day <= engagement.dayCount) {
    const session = sessions.find((s) => s.id === draft.sessionId && s.day === draft.day) ?? null;
    return { day: draft.day, session, automatic: false };
  }
  const running = sessions.find((s) => s.timer.startedAt !== null);
  if (running) return { day: running.day, session: running, automatic: true };
  const today = dayOfWeek(engagement.weekStart, engagement.dayCount, localIsoDate(now));
  if (today === null) return { day: 1, session: null, automatic: true };
  const todays = sessions.filter((s) => s.day === today && s.kind !== 'break');
  return { day: today, session: currentAndNext(todays, localMinutes(now)).current, automatic: true };
}
