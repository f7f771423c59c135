import { useEffect, useState } from 'react';
import type { InboxItem } from '../../../shared/domain/room';
import { useAppState } from '../../app/store-context';
import { Button } from '../../components/Button';
import { errorMessage } from '../../lib/api-client';
import './room.css';

function InboxRow(props: { item: InboxItem }) {
  const { item } = props;
  const accept = useAppState((s) => s.acceptRoomNote);
  const discard = useAppState((s) => s.discardRoomNote);
  const notify = useAppState((s) => s.notify);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [facilitatorOnly, setFacilitatorOnly] = useState(false);
  const from = item.senderName ? `From ${item.senderName}` : 'Anonymous';
  const run = (action: () => Promise<void>) => action().catch((error: unknown) => notify({ tone: 'error', message: errorMessage(error) }));

  return (
    <li className="room-inbox-item" aria-label={`${from}: ${item.text}`}>
      <p className="room-inbox-from">{from}</p>
      {editing ? (
        <>
          <label className="sr-only" htmlFor={`inbox-${item.id}`}>
            Edit the note before accepting it
          </label>
          <textarea id={`inbox-${item.id}`} value={text} rows={3} autoFocus onChange={(e) => setText(e.target.value)} />
        </>
      ) : (
        <p className="room-inbox-text">{item.text}</p>
      )}
      <div className="room-inbox-actions">
        <Button variant="primary" onClick={() => void run(() => accept(item.id, text, facilitatorOnly ? 'facilitator' : 'client'))}>
          Accept
        </Button>
        {!editing && <Button onClick={() => setEditing(true)}>Edit</Button>}
        <Button variant="ghost" onClick={() => void run(() => discard(item.id))}>
          Discard
        </Button>
        <label>
          <input type="checkbox" checked={facilitatorOnly} onChange={(e) => setFacilitatorOnly(e.target.checked)} /> Facilitator only
        </label>
      </div>
    </li>
  );
}

/**
 * Notes sent from phones: facilitator-only until accepted (then an ordinary note, markers and all,
 * possibly edited first) or discarded. Shown only when something is waiting.
 */
export function RoomInbox(props: { engagementId: string }) {
  const items = useAppState((s) => (s.roomInboxEngagementId === props.engagementId ? s.roomInbox : []));
  const loadRoomInbox = useAppState((s) => s.loadRoomInbox);
  const notify = useAppState((s) => s.notify);

  useEffect(() => {
    loadRoomInbox(props.engagementId).catch((error: unknown) => notify({ tone: 'error', message: `The notes from the room could not be loaded: ${errorMessage(error)}` }));
  }, [props.engagementId, loadRoomInbox, notify]);

  if (items.length === 0) return null;
  return (
    <section className="room-inbox" aria-labelledby="room-inbox-title">
      <h2 id="room-inbox-title">From the room ({items.length}) · only you see these until you accept them</h2>
      <ul>
        {items.map((item) => (
          <InboxRow key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
