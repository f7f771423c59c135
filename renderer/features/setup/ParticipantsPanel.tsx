import { useEffect, useState } from 'react';
import { AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import { PARTICIPANT_FUNCTION_LABELS, type Participant } from '../../../shared/domain/participant';
import { areaPresence, roomCoverage } from '../../../shared/domain/room-coverage';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import { ParticipantDialog, type ParticipantDialogState } from './ParticipantDialog';
import { Table } from '../../components/Table';

/** From the agenda's check-ins: who was actually there when each area was discussed. */
function CheckedInByArea({ engagementId, participants }: { engagementId: string; participants: Participant[] }) {
  const sessions = useAppState((s) => s.sessions);
  const attendance = useAppState((s) => s.attendance);
  const loadAttendance = useAppState((s) => s.loadAttendance);
  const notify = useAppState((s) => s.notify);
  useEffect(() => {
    loadAttendance(engagementId).catch((e: unknown) => notify({ tone: 'error', message: `Who was in the room could not be loaded: ${errorMessage(e)}` }));
  }, [engagementId, loadAttendance, notify]);
  const presence = areaPresence(participants, sessions, attendance);
  if (presence.length === 0) return null;
  return (
    <div className="coverage-checked-in" aria-label="Checked in, by area" role="group">
      <h4>Who was in the room, from the agenda’s check-ins</h4>
      <ul>
        {presence.map((a) => (
          <li key={a.area} data-testid="area-presence">
            <strong>{AUDIT_AREA_INFO[a.area].label}</strong> ({a.checkedIn} of {a.sessions} sessions checked in): {a.present.join(', ') || 'nobody'}.
            {a.missing.length > 0 && <span className="coverage-missing"> Not checked in: {a.missing.map((f) => PARTICIPANT_FUNCTION_LABELS[f]).join(', ')}.</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function RoomCoverage({ engagementId, participants, dayCount }: { engagementId: string; participants: Participant[]; dayCount: number }) {
  const warnings = roomCoverage(participants, dayCount);
  if (warnings.length === 0) {
    return (
      <div className="coverage coverage-ok" role="status" aria-label="Room coverage">
        <strong>The room is covered.</strong> Operators, IT / integration, the sponsor and finance are all taking part.
        <CheckedInByArea engagementId={engagementId} participants={participants} />
      </div>
    );
  }
  return (
    <section className="coverage coverage-warn" aria-label="Room coverage">
      <h3>
        <span aria-hidden="true">⚠ </span>Who is missing from the room
      </h3>
      <p className="coverage-intro">Pilots stall when the people who will run or fund the system are not part of the decision.</p>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.function}-${w.day ?? 'all'}`} data-testid="coverage-warning">
            <strong>{PARTICIPANT_FUNCTION_LABELS[w.function]}</strong> {w.message}
          </li>
        ))}
      </ul>
      <CheckedInByArea engagementId={engagementId} participants={participants} />
    </section>
  );
}

export function ParticipantsPanel({ engagementId, dayCount }: { engagementId: string; dayCount: number }) {
  const participants = useAppState((s) => s.participants);
  const deleteParticipant = useAppState((s) => s.deleteParticipant);
  const saveParticipant = useAppState((s) => s.saveParticipant);
  const notify = useAppState((s) => s.notify);
  const [dialog, setDialog] = useState<ParticipantDialogState>(null);

  const remove = async (p: Participant) => {
    try {
      await deleteParticipant(p.id);
      notify({
        tone: 'success',
        message: `Removed ${p.name}.`,
        action: {
          label: 'Undo',
          run: () =>
            void saveParticipant({
              engagementId,
              name: p.name,
              title: p.title,
              organisation: p.organisation,
              function: p.function,
              daysAttended: p.daysAttended,
              contact: p.contact,
            }).catch((error: unknown) => notify({ tone: 'error', message: errorMessage(error) })),
        },
      });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  };

  return (
    <section className="card" aria-labelledby="participants-title">
      <header className="card-header">
        <h2 id="participants-title">Participants</h2>
        <Button variant="primary" onClick={() => setDialog({ mode: 'add' })}>
          Add participant
        </Button>
      </header>
      <RoomCoverage engagementId={engagementId} participants={participants} dayCount={dayCount} />
      {participants.length === 0 ? (
        <p className="muted-block">
          No participants yet. Add the client’s team: the sponsor, the business owner, the operators who will run the system,
          IT / integration, data / ML, security and finance.
        </p>
      ) : (
        <Table label="Participants">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Function</th>
              <th scope="col">Days</th>
              <th scope="col">Contact</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => (
              <tr key={p.id}>
                <td>
                  <div className="cell-strong">{p.name}</div>
                  <div className="cell-muted">{[p.title, p.organisation].filter(Boolean).join(', ')}</div>
                </td>
                <td>{PARTICIPANT_FUNCTION_LABELS[p.function]}</td>
                <td>{p.daysAttended.length === 0 ? 'All week' : p.daysAttended.map((d) => `D${d}`).join(' ')}</td>
                <td className="cell-muted cell-break">{p.contact}</td>
                <td className="cell-actions">
                  <Button variant="ghost" onClick={() => setDialog({ mode: 'edit', participant: p })} aria-label={`Edit ${p.name}`}>
                    Edit
                  </Button>
                  <Button variant="ghost" className="btn-danger-text" onClick={() => void remove(p)} aria-label={`Remove ${p.name}`}>
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <ParticipantDialog engagementId={engagementId} dayCount={dayCount} state={dialog} onClose={() => setDialog(null)} />
    </section>
  );
}
