import type { Engagement } from '../../../shared/domain/engagement';
import type { ThemeChoice } from '../../lib/theme';
import { WORKSPACE_SECTIONS, type Route, type WorkspaceSection } from '../../store/route';

export type CommandGroup = 'Go to' | 'Action' | 'Engagement';

export interface PaletteCommand {
  id: string;
  label: string;
  group: CommandGroup;
  /** The direct shortcut, shown beside the command so the palette teaches it. */
  keys?: string;
  run(): void;
}

/** What the palette's commands do; the app supplies each from its store and hooks. */
export interface PaletteActions {
  navigate(route: Route): void;
  newEngagement(): void;
  newNote(engagementId: string): void;
  newFinding(engagementId: string): void;
  present(engagementId: string): void;
  roomMode(engagementId: string): void;
  exportArchive(engagementId: string): void;
  importArchive(): void;
  backUp(): void;
  showShortcuts(): void;
  setTheme(choice: ThemeChoice): void;
}

/**
 * Every command that makes sense where the user is: the open engagement's sections and actions
 * only inside it, the other engagements always.
 */
export function buildCommands(context: { route: Route; engagements: readonly Engagement[]; mod: string; actions: PaletteActions }): PaletteCommand[] {
  const { route, actions, mod } = context;
  const inside = route.name === 'workspace' ? route.engagementId : null;
  const section = (id: WorkspaceSection) => (engagementId: string) => actions.navigate({ name: 'workspace', engagementId, section: id });
  const commands: PaletteCommand[] = [];
  if (inside) {
    WORKSPACE_SECTIONS.forEach((s, index) =>
      commands.push({ id: `go:${s.id}`, label: s.label, group: 'Go to', keys: `Alt ${index + 1}`, run: () => section(s.id)(inside) }),
    );
  }
  commands.push(
    { id: 'go:engagements', label: 'All engagements', group: 'Go to', keys: `${mod} Shift E`, run: () => actions.navigate({ name: 'engagements' }) },
    { id: 'go:library', label: 'Firm library: search across audits, recurring findings', group: 'Go to', run: () => actions.navigate({ name: 'library' }) },
    { id: 'go:settings', label: 'Settings: firm library connection', group: 'Go to', run: () => actions.navigate({ name: 'settings' }) },
  );
  if (inside) {
    commands.push(
      { id: 'new-note', label: 'New note', group: 'Action', keys: `${mod} Shift N`, run: () => actions.newNote(inside) },
      { id: 'new-finding', label: 'New finding', group: 'Action', run: () => actions.newFinding(inside) },
      { id: 'present', label: 'Presenter mode', group: 'Action', run: () => actions.present(inside) },
      { id: 'room-mode', label: 'Room mode (phones and a scribe seat)…', group: 'Action', run: () => actions.roomMode(inside) },
      { id: 'export-archive', label: 'Export engagement archive…', group: 'Action', run: () => actions.exportArchive(inside) },
      { id: 'deliverables', label: 'Export deliverables (report, readout, CSV)', group: 'Action', run: () => section('deliverables')(inside) },
    );
  }
  commands.push(
    { id: 'new-engagement', label: 'New engagement', group: 'Action', keys: `${mod} N`, run: actions.newEngagement },
    { id: 'import-archive', label: 'Import archive…', group: 'Action', run: actions.importArchive },
    { id: 'back-up', label: 'Back up now', group: 'Action', run: actions.backUp },
    { id: 'shortcuts', label: 'Keyboard shortcuts', group: 'Action', keys: '?', run: actions.showShortcuts },
    { id: 'theme:system', label: 'Theme: follow the system', group: 'Action', run: () => actions.setTheme('system') },
    { id: 'theme:light', label: 'Theme: light', group: 'Action', run: () => actions.setTheme('light') },
    { id: 'theme:dark', label: 'Theme: dark', group: 'Action', run: () => actions.setTheme('dark') },
  );
  for (const engagement of context.engagements) {
    if (engagement.id === inside) continue;
    commands.push({
      id: `open:${engagement.id}`,
      label: `${engagement.clientName} · ${engagement.pilotName}`,
      group: 'Engagement',
      run: () => actions.navigate({ name: 'workspace', engagementId: engagement.id, section: 'agenda' }),
    });
  }
  return commands;
}

/**
 * The commands whose label (or group) holds every word typed, in any order; labels with a word
 * starting with the first word typed come first, otherwise the list keeps its order.
 */
export function filterCommands(commands: readonly PaletteCommand[], query: string): PaletteCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  const matches = commands.filter((c) => {
    const text = `${c.label} ${c.group}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const first = words[0]!;
  const startsWith = (c: PaletteCommand) => c.label.toLowerCase().split(/\s+/).some((w) => w.startsWith(first));
  return [...matches.filter(startsWith), ...matches.filter((c) => !startsWith(c))];
}
