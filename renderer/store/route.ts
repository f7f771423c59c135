/** The sections of an engagement's workspace, in navigation order. */
export const WORKSPACE_SECTIONS = [
  { id: 'setup', label: 'Setup' },
  { id: 'agenda', label: 'Agenda' },
  { id: 'capture', label: 'Capture' },
  { id: 'board', label: 'Board' },
  { id: 'assessment', label: 'Assessment' },
  { id: 'cost-model', label: 'Cost model' },
  { id: 'path-to-ship', label: 'Path to ship' },
  { id: 'deliverables', label: 'Deliverables' },
] as const;

export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number]['id'];

export type Route = { name: 'engagements' } | { name: 'workspace'; engagementId: string; section: WorkspaceSection };

export const HOME_ROUTE: Route = { name: 'engagements' };

function isSection(value: string | undefined): value is WorkspaceSection {
  return WORKSPACE_SECTIONS.some((s) => s.id === value);
}

/** Routes live in the location hash so a reload returns to the same screen. */
export function routeToHash(route: Route): string {
  return route.name === 'engagements' ? '#/' : `#/engagements/${route.engagementId}/${route.section}`;
}

export function hashToRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (parts[0] === 'engagements' && parts[1]) {
    return { name: 'workspace', engagementId: parts[1], section: isSection(parts[2]) ? parts[2] : 'agenda' };
  }
  return HOME_ROUTE;
}

/** The capture screen scrolled to one note: where a finding's evidence opens. */
export function noteLinkHash(engagementId: string, noteId: string): string {
  return `${routeToHash({ name: 'workspace', engagementId, section: 'capture' })}?note=${encodeURIComponent(noteId)}`;
}

/** The note a capture link points at, or null. */
export function noteIdFromHash(hash: string): string | null {
  const query = hash.split('?')[1];
  return query ? new URLSearchParams(query).get('note') : null;
}

/** The hash without its query, to compare with a route's hash. */
export function hashPath(hash: string): string {
  return hash.split('?')[0]!;
}
