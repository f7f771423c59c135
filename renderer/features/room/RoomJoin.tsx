import type { RunningRoom } from '../../../shared/domain/room';
import './room.css';

/** The QR code main drew, as an image: the window never builds markup from it. */
function qrSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/**
 * How to join: the QR code, the short address and the join code, and how many have. On the
 * projector the count of notes waiting is left out: the inbox is the facilitator's.
 */
export function RoomJoin(props: { room: RunningRoom; projector?: boolean }) {
  const { room } = props;
  return (
    <section className="room-join" aria-label="How to join">
      <img className="room-qr" src={qrSource(room.qrSvg)} alt={`QR code for ${room.participantUrl}`} />
      <div className="room-join-text">
        <p className="room-join-label">Go to</p>
        <p className="room-address" data-testid="room-address">
          http://{room.shortAddress}
        </p>
        <p className="room-join-label">Join code</p>
        <p className="room-code" data-testid="room-code">
          {room.joinCode}
        </p>
        <p className="room-counts" role="status">
          {room.devices} {room.devices === 1 ? 'phone' : 'phones'} joined
          {!props.projector && ` · ${room.inboxCount} ${room.inboxCount === 1 ? 'note' : 'notes'} waiting in Capture`}
        </p>
      </div>
    </section>
  );
}
