import { useEffect, useRef, useState } from 'react';
import { presenterBoard, presenterReadout, type PresenterColumn } from '../../../shared/board/presenter-view';
import type { Engagement } from '../../../shared/domain/engagement';
import type { Finding } from '../../../shared/domain/finding';
import type { Participant } from '../../../shared/domain/participant';
import './presenter.css';

type View = 'board' | number;

/** How many cards fit a column at projector type size: fewer on a 720p projector. */
function cardsPerColumn(): number {
  return window.innerHeight >= 1000 ? 4 : 3;
}

/**
 * The board for the room's projector: full screen, large type, high contrast, nothing to edit,
 * and only what the client may see (the view model leaves out facilitator-only content).
 */
export function PresenterView(props: { engagement: Engagement; findings: Finding[]; participants: Participant[]; initialDay: number | null; onExit(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>(props.initialDay ?? 'board');
  const [perColumn, setPerColumn] = useState(cardsPerColumn);
  const { onExit } = props;
  const views: View[] = ['board', ...Array.from({ length: props.engagement.dayCount }, (_, i) => i + 1)];

  useEffect(() => {
    const element = ref.current;
    element?.focus();
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === element) entered = true;
      else if (entered) onExit();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Refused full screen (a browser policy, a kiosk) still leaves the presenter covering the window.
    element?.requestFullscreen?.().catch(() => undefined);
    const onResize = () => setPerColumn(cardsPerColumn());
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('resize', onResize);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit]);

  const step = (delta: number) => setView((v) => views[(views.indexOf(v) + delta + views.length) % views.length]!);
  const columns: PresenterColumn[] =
    view === 'board' ? presenterBoard(props.findings, props.participants, perColumn) : presenterReadout(props.findings, props.participants, view, perColumn);
  const total = columns.reduce((n, c) => n + c.total, 0);
  const heading = view === 'board' ? 'Findings so far' : `Day ${view} readout`;
  const findingsWord = total === 1 ? 'finding' : 'findings';
  const sub = view === 'board' ? `${total} ${findingsWord} across the four questions` : `${total} new ${findingsWord} today, by area`;

  return (
    <div
      ref={ref}
      className="presenter"
      role="dialog"
      aria-modal="true"
      aria-label={`Presenter: ${heading}`}
      tabIndex={-1}
      onKeyDown={(event) => {
        const keys: Record<string, () => void> = { Escape: onExit, ArrowRight: () => step(1), ArrowLeft: () => step(-1), PageDown: () => step(1), PageUp: () => step(-1) };
        const action = keys[event.key];
        if (action) {
          event.preventDefault();
          action();
        }
      }}
    >
      <header className="presenter-head">
        <div>
          <p className="presenter-client">
            {props.engagement.clientName} · {props.engagement.pilotName}
          </p>
          <h1 className="presenter-title">{heading}</h1>
          <p className="presenter-sub">{sub}</p>
        </div>
        <nav className="presenter-nav" aria-label="Presenter views">
          {views.map((v) => (
            <button key={String(v)} type="button" aria-pressed={v === view} onClick={() => setView(v)}>
              {v === 'board' ? 'All' : `Day ${v}`}
            </button>
          ))}
          <button type="button" className="presenter-exit" onClick={onExit}>
            Exit <kbd>Esc</kbd>
          </button>
        </nav>
      </header>
      <div className="presenter-columns">
        {columns.map((column) => (
          <section key={column.area} className={`presenter-column area-${column.area}`} aria-label={column.label}>
            <header className="presenter-column-head">
              <h2>{column.label}</h2>
              <p className="presenter-question">{column.question}</p>
              <p className="presenter-count">{column.total === 1 ? '1 finding' : `${column.total} findings`}</p>
            </header>
            {column.cards.length === 0 ? (
              <p className="presenter-empty">{view === 'board' ? 'Nothing raised yet' : 'Nothing new today'}</p>
            ) : (
              <ol className="presenter-cards">
                {column.cards.map((card) => (
                  <li key={card.id} className={`presenter-card sev-${card.severity}`}>
                    <span className={`severity severity-${card.severity}`}>{card.severityLabel}</span>
                    <p className="presenter-card-title">{card.title}</p>
                    <p className="presenter-card-meta">
                      {`${card.ref} · ${card.kindLabel}`}
                      {card.votes > 0 ? ` · ${card.votes} ${card.votes === 1 ? 'vote' : 'votes'}` : ''}
                      {card.ownerName ? ` · ${card.ownerName}` : ''}
                      {card.evidenceRefs.length > 0 ? ` · ${card.evidenceRefs.slice(0, 3).join(', ')}` : ''}
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {column.total > column.cards.length && <p className="presenter-more">and {column.total - column.cards.length} more</p>}
          </section>
        ))}
      </div>
    </div>
  );
}
