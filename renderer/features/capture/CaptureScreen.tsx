import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useNow } from '../../lib/use-now';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { SessionTimer } from '../agenda/SessionTimer';
import { FollowUpPanel } from '../follow-up/FollowUpPanel';
import { RoomInbox } from '../room/RoomInbox';
import type { SectionScreenProps } from '../workspace/section-screens';
import { CaptureBox } from './CaptureBox';
import { captureContext, FRESH_CONTEXT } from './capture-context';
import { NoteSearch } from './NoteSearch';
import { NoteTimeline } from './NoteTimeline';
import './capture.css';

/** Where the facilitator lives during sessions: the capture box, the day's timeline and search. */
export function CaptureScreen({ engagement }: SectionScreenProps) {
  const loadNotes = useAppState((s) => s.loadNotes);
  const getNote = useAppState((s) => s.getNote);
  const sessions = useAppState((s) => s.sessions);
  const route = useAppState((s) => s.route);
  const navigate = useAppState((s) => s.navigate);
  const notify = useAppState((s) => s.notify);
  const now = useNow();
  const focus = route.name === 'workspace' ? (route.focus ?? null) : null;
  const defaultDay = captureContext(engagement, sessions, FRESH_CONTEXT, now).day;
  const boxDay = useAppState((s) => (s.captureDay?.engagementId === engagement.id ? s.captureDay.day : null)) ?? defaultDay;
  const requestCaptureDay = useAppState((s) => s.requestCaptureDay);
  // Null while the timeline follows the capture box; a day while it is pinned there.
  const [pinnedDay, setPinnedDay] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const shownDay = pinnedDay ?? boxDay;
  const chooseDay = (day: number) => (pinnedDay === null ? requestCaptureDay(day) : setPinnedDay(day));

  useEffect(() => {
    loadNotes(engagement.id, shownDay).catch((e: unknown) => notify({ tone: 'error', message: `The notes could not be loaded: ${errorMessage(e)}` }));
  }, [engagement.id, shownDay, loadNotes, notify]);

  // Only one day's notes are held, so a link to a note asks for it to learn which day to open.
  useEffect(() => {
    if (!focus) return;
    let current = true;
    getNote(focus).then(
      // A link to a note of another day pins the timeline there, so the box keeps the day notes go to.
      (note) => current && note.engagementId === engagement.id && setPinnedDay(note.day === boxDay ? null : note.day),
      (e: unknown) => current && notify({ tone: 'error', message: `The linked note could not be opened: ${errorMessage(e)}` }),
    );
    return () => {
      current = false;
    };
  }, [focus, engagement.id, getNote, notify]);

  const running = sessions.find((s) => s.timer.startedAt !== null);

  // The actions panel stays in view below the sticky capture box, whose height changes with the
  // running session's timer and questions.
  const topRef = useRef<HTMLDivElement>(null);
  const [topHeight, setTopHeight] = useState(0);
  useEffect(() => {
    const top = topRef.current;
    if (!top) return;
    const observer = new ResizeObserver(() => setTopHeight(top.offsetHeight));
    observer.observe(top);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="capture-screen" style={{ '--capture-top-height': `${topHeight}px` } as CSSProperties}>
      <div className="capture-top" ref={topRef}>
        <CaptureBox engagement={engagement} />
        {running && (
          <aside className="capture-timer" aria-label="Running session">
            <p className="now-label">Day {running.day} · {running.title}</p>
            <SessionTimer session={running} now={now} />
            {running.questions.length > 0 && (
              <section className="capture-questions" aria-label="Session questions">
                <p className="capture-questions-label">Guiding questions</p>
                <ol>
                  {running.questions.map((q, i) => (
                    <li key={i}>{q.text}</li>
                  ))}
                </ol>
              </section>
            )}
          </aside>
        )}
      </div>
      <RoomInbox engagementId={engagement.id} />
      <NoteSearch
        engagementId={engagement.id}
        query={query}
        onQueryChange={setQuery}
        onOpen={(hit) => {
          setQuery('');
          if (hit.note.day !== shownDay) setPinnedDay(hit.note.day);
          navigate({ name: 'workspace', engagementId: engagement.id, section: 'capture', focus: hit.note.id });
        }}
      />
      <div className="capture-body">
        {query.trim() === '' ? (
          <NoteTimeline
            engagement={engagement}
            day={shownDay}
            onDayChange={chooseDay}
            pinned={pinnedDay !== null}
            onPinnedChange={(pinned) => setPinnedDay(pinned ? shownDay : null)}
            focusNoteId={focus}
          />
        ) : (
          // Search results take the timeline's place above; the panel keeps its column.
          <div />
        )}
        <FollowUpPanel engagement={engagement} />
      </div>
    </div>
  );
}
