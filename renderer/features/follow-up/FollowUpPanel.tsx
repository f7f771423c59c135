import { useEffect } from 'react';
import { ITEM_STATUS_LABELS, STATUSES_OF, isOverdue, type ActionItem, type ItemStatus } from '../../../shared/domain/action-item';
import type { Engagement } from '../../../shared/domain/engagement';
import { useAppState } from '../../app/store-context';
import { Select } from '../../components/Select';
import { errorMessage } from '../../lib/api-client';
import { auditDayToday } from '../../lib/audit-day-today';
import { useNow } from '../../lib/use-now';
import './follow-up.css';

const NOBODY = '';

/**
 * The week's open actions and its decisions, on every day: who owns each, when it is due (an
 * overdue one stands out) and where it stands, each set from the keyboard with ordinary choices.
 * A status change can be undone from its notice. Private notes' items are here, marked, because
 * this is the facilitator's own view; the client's files and the projector never list them.
 */
export function FollowUpPanel({ engagement }: { engagement: Engagement }) {
  const items = useAppState((s) => (s.followUpEngagementId === engagement.id ? s.actionItems : []));
  const participants = useAppState((s) => s.participants);
  const notesRevision = useAppState((s) => s.notesRevision);
  const loadActionItems = useAppState((s) => s.loadActionItems);
  const followUp = useAppState((s) => s.followUp);
  const notify = useAppState((s) => s.notify);
  const today = auditDayToday(engagement, useNow());

  useEffect(() => {
    loadActionItems(engagement.id).catch((e: unknown) => notify({ tone: 'error', message: `The actions and decisions could not be loaded: ${errorMessage(e)}` }));
  }, [engagement.id, notesRevision, loadActionItems, notify]);

  const open = items.filter((i) => i.kind === 'action' && i.status === 'open');
  const closed = items.filter((i) => i.kind === 'action' && i.status !== 'open').length;
  const decisions = items.filter((i) => i.kind === 'decision');
  const overdue = open.filter((i) => isOverdue(i, today)).length;

  const save = (item: ActionItem, change: { ownerId?: string | null; dueDay?: number | null; status?: ItemStatus }) => {
    followUp({ noteId: item.noteId, ...change }).then(
      (saved) => {
        if (change.status === undefined || change.status === item.status) return;
        notify({
          tone: 'success',
          message: `${saved.ref} is now ${ITEM_STATUS_LABELS[saved.status].toLowerCase()}.`,
          action: { label: 'Undo', run: () => void followUp({ noteId: item.noteId, status: item.status }).catch((e: unknown) => notify({ tone: 'error', message: errorMessage(e) })) },
        });
      },
      (e: unknown) => notify({ tone: 'error', message: `${item.ref} was not changed: ${errorMessage(e)}` }),
    );
  };

  const owners = [{ value: NOBODY, label: 'No owner yet' }, ...participants.map((p) => ({ value: p.id, label: p.name }))];
  const days = [{ value: '', label: 'No due day' }, ...Array.from({ length: engagement.dayCount }, (_, i) => ({ value: String(i + 1), label: `Due day ${i + 1}` }))];

  const row = (item: ActionItem) => {
    const late = isOverdue(item, today);
    return (
      <li key={item.noteId} className={['follow-up-item', late ? 'is-overdue' : ''].filter(Boolean).join(' ')} data-note-ref={item.ref}>
        <p className="follow-up-text">
          <span className="follow-up-ref">{item.ref}</span> {item.text}
        </p>
        <div className="follow-up-meta">
          {late && <span className="follow-up-badge is-overdue">Overdue</span>}
          {item.visibility === 'facilitator' && <span className="follow-up-badge">Facilitator only</span>}
        </div>
        <div className="follow-up-fields">
          {item.kind === 'action' && (
            <>
              <Select label={`Owner of ${item.ref}`} hideLabel options={owners} value={item.ownerId ?? NOBODY} onChange={(e) => save(item, { ownerId: e.target.value || null })} />
              <Select label={`Due day of ${item.ref}`} hideLabel options={days} value={item.dueDay === null ? '' : String(item.dueDay)} onChange={(e) => save(item, { dueDay: e.target.value ? Number(e.target.value) : null })} />
            </>
          )}
          <Select
            label={`Status of ${item.ref}`}
            hideLabel
            options={STATUSES_OF[item.kind].map((s) => ({ value: s, label: ITEM_STATUS_LABELS[s] }))}
            value={item.status}
            onChange={(e) => save(item, { status: e.target.value as ItemStatus })}
          />
        </div>
      </li>
    );
  };

  return (
    <section className="follow-up-panel" aria-labelledby="follow-up-title">
      <header className="follow-up-header">
        <h2 id="follow-up-title">Actions and decisions</h2>
        <p className="follow-up-summary">
          {open.length} open{overdue > 0 ? ` · ${overdue} overdue` : ''}
          {closed > 0 ? ` · ${closed} done or dropped` : ''}
        </p>
      </header>
      <h3 className="follow-up-heading">Open actions</h3>
      {open.length ? <ul className="follow-up-list" aria-label="Open actions">{open.map(row)}</ul> : <p className="follow-up-empty">No open action. Mark a note !action to follow it up here.</p>}
      <h3 className="follow-up-heading">Decisions this week</h3>
      {decisions.length ? <ul className="follow-up-list" aria-label="Decisions">{decisions.map(row)}</ul> : <p className="follow-up-empty">No decision yet. Mark a note !decision.</p>}
    </section>
  );
}
