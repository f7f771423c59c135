import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Engagement } from '../../../shared/domain/engagement';
import { formatWeekRange } from '../../../shared/domain/dates';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../lib/api-client';
import { useAppState } from '../../app/store-context';
import { WORKSPACE_SECTIONS, type WorkspaceSection } from '../../store/route';
import { useArchiveActions } from '../archive/use-archive-actions';
import { FollowUpCount } from '../follow-up/FollowUpCount';
import { SECTION_SCREENS } from './section-screens';
import { RoomPanel } from '../room/RoomPanel';

type Loaded = { state: 'loading' } | { state: 'ready'; engagement: Engagement } | { state: 'error'; message: string };

export function WorkspaceScreen(props: { engagementId: string; section: WorkspaceSection }) {
  const fetchEngagement = useAppState((s) => s.fetchEngagement);
  const loadWeek = useAppState((s) => s.loadWeek);
  const navigate = useAppState((s) => s.navigate);
  const open = useAppState((s) => (s.openEngagement?.id === props.engagementId ? s.openEngagement : null));
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const archive = useArchiveActions();
  const main = useRef<HTMLElement>(null);
  const room = useAppState((s) => s.room);
  const openRoomPanel = useAppState((s) => s.openRoomPanel);

  // Each section starts at its top; a layout effect, so a screen's own scrolling (Capture jumps to
  // the latest note) still wins.
  useLayoutEffect(() => {
    if (main.current) main.current.scrollTop = 0;
  }, [props.section]);

  useEffect(() => {
    let cancelled = false;
    setLoaded({ state: 'loading' });
    Promise.all([fetchEngagement(props.engagementId), loadWeek(props.engagementId)]).then(
      ([engagement]) => !cancelled && setLoaded({ state: 'ready', engagement }),
      (error: unknown) => !cancelled && setLoaded({ state: 'error', message: errorMessage(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [props.engagementId, fetchEngagement, loadWeek]);

  const engagement = open ?? (loaded.state === 'ready' ? loaded.engagement : undefined);
  const goHome = () => navigate({ name: 'engagements' });

  if (loaded.state === 'error') {
    return (
      <main className="screen">
        <EmptyState title="This engagement cannot be opened" actions={<Button onClick={goHome}>Back to engagements</Button>}>
          <p>{loaded.message}</p>
        </EmptyState>
      </main>
    );
  }
  if (!engagement) {
    return (
      <main className="screen" aria-busy="true">
        <p className="loading">Opening engagement…</p>
      </main>
    );
  }

  const current = WORKSPACE_SECTIONS.find((s) => s.id === props.section) ?? WORKSPACE_SECTIONS[0];
  const Screen = SECTION_SCREENS[current.id];

  return (
    <div className="workspace">
      <nav className="sidebar" aria-label="Engagement">
        <button type="button" className="sidebar-back" onClick={goHome}>
          ← All engagements
        </button>
        <div className="sidebar-engagement">
          <p className="sidebar-client">{engagement.clientName}</p>
          <p className="sidebar-pilot">{engagement.pilotName}</p>
          <p className="sidebar-week">{formatWeekRange(engagement.weekStart, engagement.dayCount)}</p>
          <FollowUpCount engagement={engagement} />
        </div>
        <ul className="sidebar-nav">
          {WORKSPACE_SECTIONS.map((section, index) => (
            <li key={section.id}>
              <a
                href={`#/engagements/${engagement.id}/${section.id}`}
                aria-current={section.id === current.id ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${index + 1}`}
              >
                <span>{section.label}</span>
                <kbd>Alt {index + 1}</kbd>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="workspace-main" aria-labelledby="section-title" ref={main}>
        <header className="screen-header">
          <div>
            <p className="eyebrow">
              {engagement.clientName} · {engagement.pilotName}
            </p>
            <h1 id="section-title">{current.label}</h1>
          </div>
          <div className="screen-header-actions">
            <Button variant="ghost" onClick={() => openRoomPanel(engagement.id)}>
              {room.running && room.engagementId === engagement.id ? `Room mode: on · ${room.devices} ${room.devices === 1 ? 'phone' : 'phones'}` : 'Room mode…'}
            </Button>
            <Button variant="ghost" onClick={() => void archive.exportEngagement(engagement.id)}>
              Export archive…
            </Button>
          </div>
        </header>
        <Screen engagement={engagement} />
      </main>
      <RoomPanel engagement={engagement} />
    </div>
  );
}
