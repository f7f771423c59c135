import { useEffect } from 'react';
import type { Session } from '../../../shared/domain/session';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';

/**
 * A quick check-in of who is in the room for one session: one box per participant, saved as it is
 * ticked. The room-coverage panel reads it to say who was actually there when an area was discussed.
 */
export function CheckIn({ session }: { session: Session }) {
  const participants = useAppState((s) => s.participants);
  const attendance = useAppState((s) => s.attendance);
  const loadAttendance = useAppState((s) => s.loadAttendance);
  const setAttendance = useAppState((s) => s.setAttendance);
  const notify = useAppState((s) => s.notify);

  useEffect(() => {
    loadAttendance(session.engagementId).catch((e: unknown) => notify({ tone: 'error', message: `Who was in the room could not be loaded: ${errorMessage(e)}` }));
  }, [session.engagementId, loadAttendance, notify]);

  if (participants.length === 0) return null;
  const present = new Set(attendance.find((a) => a.sessionId === session.id)?.participantIds ?? []);
  return (
    <fieldset className="check-in">
      <legend>
        In the room for “{session.title}” <span className="check-in-count">{present.size} of {participants.length}</span>
      </legend>
      <ul>
        {participants.map((p) => (
          <li key={p.id}>
            <label>
              <input
                type="checkbox"
                checked={present.has(p.id)}
                onChange={(e) =>
                  void setAttendance({ sessionId: session.id, participantId: p.id, present: e.target.checked }).catch((error: unknown) =>
                    notify({ tone: 'error', message: `${p.name} was not checked ${e.target.checked ? 'in' : 'out'}: ${errorMessage(error)}` }),
                  )
                }
              />
              {p.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
