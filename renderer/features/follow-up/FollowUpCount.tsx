import { useEffect } from 'react';
import { isOverdue } from '../../../shared/domain/action-item';
import type { Engagement } from '../../../shared/domain/engagement';
import { useAppState } from '../../app/store-context';
import { errorMessage } from '../../lib/api-client';
import { auditDayToday } from '../../lib/audit-day-today';
import { useNow } from '../../lib/use-now';

/**
 * The week's open actions, counted in the workspace's sidebar on every screen, overdue ones named;
 * it links to the actions panel beside the capture timeline.
 */
export function FollowUpCount({ engagement }: { engagement: Engagement }) {
  const items = useAppState((s) => (s.followUpEngagementId === engagement.id ? s.actionItems : []));
  const notesRevision = useAppState((s) => s.notesRevision);
  const loadActionItems = useAppState((s) => s.loadActionItems);
  const notify = useAppState((s) => s.notify);
  const today = auditDayToday(engagement, useNow());
  useEffect(() => {
    loadActionItems(engagement.id).catch((e: unknown) => notify({ tone: 'error', message: `The open actions could not be counted: ${errorMessage(e)}` }));
  }, [engagement.id, notesRevision, loadActionItems, notify]);

  const open = items.filter((i) => i.kind === 'action' && i.status === 'open');
  const overdue = open.filter((i) => isOverdue(i, today)).length;
  return (
    <a className={`sidebar-actions${overdue > 0 ? ' is-overdue' : ''}`} href={`#/engagements/${engagement.id}/capture`} data-testid="sidebar-actions">
      {open.length === 1 ? '1 open action' : `${open.length} open actions`}
      {overdue > 0 ? ` · ${overdue} overdue` : ''}
    </a>
  );
}
