import { AUDIT_AREAS, AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';
import type { RunningRoom } from '../../../shared/domain/room';

/** What the room answered, live: dots per open finding, and how many gave each readiness score per area. Never who. */
export function RoomResults(props: { room: RunningRoom; large?: boolean }) {
  const { room } = props;
  const mostDots = Math.max(1, ...room.votes.map((v) => v.dots));
  const rated = AUDIT_AREAS.filter((area) => room.ratings[area].some((n) => n > 0));
  return (
    <section className={`room-results${props.large ? ' room-results-large' : ''}`} aria-label="Room results">
      {room.votes.length > 0 && (
        <div>
          <h3>Dots</h3>
          <ul className="room-votes" data-testid="room-votes">
            {room.votes.map((v) => (
              <li key={v.findingId}>
                <span className="room-vote-title">{v.title}</span>
                <span className="room-bar" aria-hidden="true">
                  <span style={{ width: `${(v.dots / mostDots) * 100}%` }} />
                </span>
                <span className="room-vote-count">{v.dots}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {rated.length > 0 && (
        <div>
          <h3>Readiness, 1 to 5</h3>
          <table className="room-ratings" data-testid="room-ratings">
            <thead>
              <tr>
                <th scope="col">Area</th>
                {[1, 2, 3, 4, 5].map((score) => (
                  <th key={score} scope="col">
                    {score}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rated.map((area) => (
                <tr key={area}>
                  <th scope="row">{AUDIT_AREA_INFO[area].label}</th>
                  {room.ratings[area].map((count, index) => (
                    <td key={index}>{count}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
