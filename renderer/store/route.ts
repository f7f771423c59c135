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

export type Route =
  | { name: 'engagements' }
  | { name: 'settings' }
  | { name: 'library' }
  | { name: 'workspace'; engagementId: string; section: WorkspaceSection; focus?: string };

/** The focus a new engagement's setup opens with: its first field (elsewhere `focus` names a note). */
export const SETUP_FIRST_FIELD = 'first-field';

export const HOME_ROUTE: Route = { name: 'engagements' };

function isSection(value: string | undefined): value is WorkspaceSection {
  return WORKSPACE_SECTIONS.some((s) => s.id === value);
}

/** Routes live in the location hash so a reload returns to the same screen. */
export function routeToHash(route: Route): string {
  if (route.name === 'engagements') return '#/';
  if (route.name === 'settings' || route.name === 'library') return `#/${route.name}`;
  const base = `#/engagements/${route.engagementId}/${route.section}`;
  return route.focus ? `${base}?focus=${encodeURIComponent(route.focus)}` : base;
}

export function hashToRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/');
  if (parts[0] === 'settings' || parts[0] === 'library') return { name: parts[0] };
  if (parts[0] === 'engagements' && parts[1]) {
    const section = isSection(parts[2]) ? parts[2] : 'agenda';
    const focus = new URLSearchParams(query).get('focus');
    return focus ? { name: 'workspace', engagementId: parts[1], section, focus } : { name: 'workspace', engagementId: parts[1], section };
  }
  return HOME_ROUTE;
}

/** The capture screen scrolled to one note: where a finding's evidence opens. */
export function noteLinkHash(engagementId: string, noteId: string): string {
  return routeToHash({ name: 'workspace', engagementId, section: 'capture', focus: noteId });
}
