import { useEffect, useState } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import type { RoomInterface, RunningRoom } from '../../../shared/domain/room';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Select } from '../../components/Select';
import { errorMessage } from '../../lib/api-client';
import { RoomJoin } from './RoomJoin';
import { RoomResults } from './RoomResults';
import './room.css';

function StartRoom(props: { engagement: Engagement; suggestedSessionId: string | null }) {
  const sessions = useAppState((s) => s.sessions).filter((s) => s.engagementId === props.engagement.id);
  const room = useAppState((s) => s.room);
  const roomInterfaces = useAppState((s) => s.roomInterfaces);
  const startRoom = useAppState((s) => s.startRoom);
  const [interfaces, setInterfaces] = useState<RoomInterface[] | null>(null);
  const [address, setAddress] = useState('');
  const running = sessions.find((s) => s.timer.startedAt !== null) ?? sessions.find((s) => s.status === 'in-progress');
  const [sessionId, setSessionId] = useState(props.suggestedSessionId ?? running?.id ?? sessions[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  useEffect(() => {
    roomInterfaces().then(
      (found) => {
        setInterfaces(found);
        setAddress((current) => current || (found[0]?.address ?? ''));
      },
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, [roomInterfaces]);

  const start = async () => {
    setStarting(true);
    setProblem(null);
    try {
      await startRoom(props.engagement.id, sessionId, address);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setStarting(false);
    }
  };

  return (
    <div className="room-start">
      <p>
        People in the room join from their phones over this laptop’s own network: nothing goes to the internet. They see the session’s question and
        the findings you open for voting, and nothing else. Their notes wait in Capture until you accept them.
      </p>
      {!room.running && room.stoppedBecause && <p role="status">{room.stoppedBecause}</p>}
      {sessions.length === 0 ? (
        <p>This engagement has no sessions yet. Add one on the Agenda first.</p>
      ) : (
        <>
          <Select
            label="Session"
            value={sessionId}
            onChange={(e) => setSessionId(e.target.value)}
            options={sessions.map((s) => ({ value: s.id, label: `Day ${s.day} · ${s.start} · ${s.title}` }))}
          />
          <Select
            label="Network"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
            options={(interfaces ?? []).map((i) => ({ value: i.address, label: `${i.address} (${i.name}${i.address.startsWith('127.') ? ', this laptop only' : ''})` }))}
          />
          <div className="room-actions">
            <Button variant="primary" data-autofocus onClick={() => void start()} disabled={starting || !address || !sessionId}>
              {starting ? 'Starting…' : 'Start Room mode'}
            </Button>
          </div>
        </>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function RunningRoomView(props: { room: RunningRoom }) {
  const { room } = props;
  const stopRoom = useAppState((s) => s.stopRoom);
  const setRoomPrompt = useAppState((s) => s.setRoomPrompt);
  const openRoomVoting = useAppState((s) => s.openRoomVoting);
  const findings = useAppState((s) => s.findings).filter((f) => f.engagementId === room.engagementId && f.visibility === 'client' && !f.deletedAt);
  const loadBoard = useAppState((s) => s.loadBoard);
  const [prompt, setPrompt] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(room.votes.map((v) => v.findingId)));
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void loadBoard(room.engagementId);
  }, [loadBoard, room.engagementId]);

  const act = (action: () => Promise<void>) => {
    setProblem(null);
    action().catch((error: unknown) => setProblem(errorMessage(error)));
  };

  return (
    <div className="room-running">
      <RoomJoin room={room} />

      <section className="room-section" aria-labelledby="room-prompt-title">
        <h3 id="room-prompt-title">The question on the phones</h3>
        <p className="room-prompt" data-testid="room-prompt">
          {room.prompt || 'No question yet.'}
        </p>
        {/* Not a form: the dialog is one already. */}
        <div className="room-inline">
          <label className="sr-only" htmlFor="room-prompt-input">
            Another question
          </label>
          <input
            id="room-prompt-input"
            value={prompt}
            maxLength={600}
            placeholder="Type another question, or leave empty for the session’s own"
            onChange={(e) => setPrompt(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              act(() => setRoomPrompt(prompt));
            }}
          />
          <Button onClick={() => act(() => setRoomPrompt(prompt))}>Show on phones</Button>
        </div>
      </section>

      <section className="room-section" aria-labelledby="room-voting-title">
        <h3 id="room-voting-title">Open for voting</h3>
        {findings.length === 0 ? (
          <p>No client-visible findings yet.</p>
        ) : (
          <ul className="room-findings">
            {findings.map((f) => (
              <li key={f.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(f.id)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(f.id);
                      else next.delete(f.id);
                      setChosen(next);
                    }}
                  />{' '}
                  {f.ref} {f.title}
                </label>
              </li>
            ))}
          </ul>
        )}
        <Button onClick={() => act(() => openRoomVoting([...chosen]))}>Open the checked findings for voting</Button>
      </section>

      <RoomResults room={room} />

      <section className="room-section" aria-labelledby="room-scribe-title">
        <h3 id="room-scribe-title">Scribe seat</h3>
        <p>A second facilitator opens this address in a browser on their laptop. Their browser warns about the certificate once: check that the fingerprint it shows is this one.</p>
        <p className="room-mono" data-testid="room-scribe-url">
          {room.scribeUrl}
        </p>
        <p className="room-mono room-fingerprint" data-testid="room-fingerprint">
          SHA-256 {room.fingerprint}
        </p>
      </section>

      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="room-actions">
        <Button variant="danger" onClick={() => act(stopRoom)}>
          Stop Room mode
        </Button>
      </div>
    </div>
  );
}

/** Room mode for the open engagement: start it for a session, or show how to join and what the room sent. */
export function RoomPanel(props: { engagement: Engagement }) {
  const panel = useAppState((s) => s.roomPanel);
  const room = useAppState((s) => s.room);
  const close = useAppState((s) => s.closeRoomPanel);
  const open = panel !== null && panel.engagementId === props.engagement.id;
  const runningHere = room.running && room.engagementId === props.engagement.id ? room : null;
  return (
    <Dialog open={open} title="Room mode" onClose={close} width="wide" bodyLabel="Room mode" footer={<Button onClick={close}>Close</Button>}>
      {room.running && !runningHere && <p role="status">Room mode is on for another engagement. Starting it here stops it there.</p>}
      {runningHere ? <RunningRoomView room={runningHere} /> : open && <StartRoom engagement={props.engagement} suggestedSessionId={panel.sessionId} />}
    </Dialog>
  );
}
