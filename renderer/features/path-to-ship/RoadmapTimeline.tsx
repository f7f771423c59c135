import { addDays, formatDate } from '../../../shared/domain/dates';
import type { Timeline } from '../../../shared/path-to-ship/roadmap-timeline';

function tickStep(total: number): number {
  return total <= 12 ? 1 : total <= 26 ? 2 : total <= 52 ? 4 : 13;
}

/** Phases as bars across the weeks after the decision; dates appear once the decision has one. */
export function RoadmapTimeline(props: { timeline: Timeline; decidedOn: string | null }) {
  const { bars, totalWeeks } = props.timeline;
  if (bars.length === 0) return null;
  const span = Math.max(totalWeeks, 1);
  const step = tickStep(span);
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => i * step);
  const pct = (week: number) => `${(week / span) * 100}%`;
  const dateOf = (week: number) => (props.decidedOn ? formatDate(addDays(props.decidedOn, week * 7)) : null);
  return (
    <figure className="ps-timeline" aria-label="Roadmap timeline">
      <div className="ps-timeline-axis" aria-hidden="true">
        <span className="ps-timeline-label" />
        <div className="ps-timeline-track">
          {ticks.map((t) => (
            <span key={t} className="ps-tick" style={{ left: pct(t) }}>
              W{t}
            </span>
          ))}
        </div>
      </div>
      <ol className="ps-timeline-rows">
        {bars.map((bar, index) => {
          const until = dateOf(bar.endWeek);
          return (
            <li key={bar.id} className={`ps-timeline-row${bar.outOfOrder ? ' is-out-of-order' : ''}`}>
              <span className="ps-timeline-label">
                <span className="ps-timeline-name">
                  <span className={`ps-phase-number phase-tone-${index % 4}`}>{index + 1}</span> {bar.name}
                </span>
                <span className={bar.outOfOrder ? 'ps-timeline-when ps-flag' : 'ps-timeline-when'}>
                  {bar.outOfOrder
                    ? `⚠ Week ${bar.endWeek}: not after the previous phase`
                    : `Weeks ${bar.startWeek}–${bar.endWeek}${until ? ` · to ${until}` : ''}`}
                </span>
              </span>
              <div className="ps-timeline-track">
                {ticks.map((t) => (
                  <span key={t} className="ps-gridline" style={{ left: pct(t) }} aria-hidden="true" />
                ))}
                <span
                  className={`ps-bar phase-tone-${index % 4}`}
                  style={{ left: pct(bar.startWeek), width: `max(6px, ${pct(bar.endWeek - bar.startWeek)})` }}
                  aria-hidden="true"
                />
              </div>
            </li>
          );
        })}
      </ol>
      <figcaption className="ps-source">
        Weeks after the decision (W0){props.decidedOn ? `, taken on ${formatDate(props.decidedOn)}` : '; record the decision’s date to see calendar dates'}.
      </figcaption>
    </figure>
  );
}
