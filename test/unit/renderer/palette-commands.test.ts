import { describe, expect, it, vi } from 'vitest';
import type { Engagement } from '../../../shared/domain/engagement';
import { buildCommands, filterCommands, type PaletteActions } from '../../../renderer/features/command-palette/palette-commands';
import { WORKSPACE_SECTIONS } from '../../../renderer/store/route';

function fakeActions(): PaletteActions {
  return {
    navigate: vi.fn(),
    newEngagement: vi.fn(),
    newNote: vi.fn(),
    newFinding: vi.fn(),
    present: vi.fn(),
    roomMode: vi.fn(),
    exportArchive: vi.fn(),
    importArchive: vi.fn(),
    backUp: vi.fn(),
    showShortcuts: vi.fn(),
    setTheme: vi.fn(),
  };
}

const engagements = [
  { id: 'e1', clientName: 'Northwind', pilotName: 'Invoice reader' },
  { id: 'e2', clientName: 'Contoso', pilotName: 'Claims triage' },
] as Engagement[];

describe('buildCommands', () => {
  it('reaches the firm library and its settings from anywhere', () => {
    const actions = fakeActions();
    const commands = buildCommands({ route: { name: 'engagements' }, engagements, mod: 'Ctrl', actions });
    filterCommands(commands, 'firm library search')[0]!.run();
    expect(actions.navigate).toHaveBeenLastCalledWith({ name: 'library' });
    filterCommands(commands, 'settings')[0]!.run();
    expect(actions.navigate).toHaveBeenLastCalledWith({ name: 'settings' });
  });

  it('offers the open engagement’s sections and actions, and every other engagement', () => {
    const actions = fakeActions();
    const commands = buildCommands({ route: { name: 'workspace', engagementId: 'e1', section: 'agenda' }, engagements, mod: 'Ctrl', actions });
    const labels = commands.map((c) => c.label);
    for (const section of WORKSPACE_SECTIONS) expect(labels).toContain(section.label);
    expect(labels).toContain('New note');
    expect(labels).toContain('Contoso · Claims triage');
    expect(labels).not.toContain('Northwind · Invoice reader');

    commands.find((c) => c.label === 'Cost model')!.run();
    expect(actions.navigate).toHaveBeenCalledWith({ name: 'workspace', engagementId: 'e1', section: 'cost-model' });
    commands.find((c) => c.label === 'Presenter mode')!.run();
    expect(actions.present).toHaveBeenCalledWith('e1');
    commands.find((c) => c.id === 'room-mode')!.run();
    expect(actions.roomMode).toHaveBeenCalledWith('e1');
  });

  it('on the engagements list offers no engagement-only actions', () => {
    const commands = buildCommands({ route: { name: 'engagements' }, engagements, mod: '⌘', actions: fakeActions() });
    const labels = commands.map((c) => c.label);
    expect(labels).not.toContain('New note');
    expect(labels).not.toContain('Board');
    expect(labels).toEqual(expect.arrayContaining(['New engagement', 'Back up now', 'Keyboard shortcuts', 'Northwind · Invoice reader']));
    expect(commands.find((c) => c.label === 'New engagement')!.keys).toBe('⌘ N');
  });
});

describe('filterCommands', () => {
  const commands = buildCommands({ route: { name: 'workspace', engagementId: 'e1', section: 'agenda' }, engagements, mod: 'Ctrl', actions: fakeActions() });

  it('keeps every command for an empty query', () => {
    expect(filterCommands(commands, '  ')).toHaveLength(commands.length);
  });

  it('matches every word in any order, ignoring case', () => {
    expect(filterCommands(commands, 'NOTE new').map((c) => c.label)).toEqual(['New note']);
    expect(filterCommands(commands, 'claims').map((c) => c.label)).toEqual(['Contoso · Claims triage']);
    expect(filterCommands(commands, 'xyz')).toEqual([]);
  });

  it('puts labels with a word starting with the query before those that merely contain it', () => {
    // "to" is in every section's group ("Go to"), but only "Path to ship" has a word starting with it.
    const labels = filterCommands(commands, 'to').map((c) => c.label);
    expect(labels[0]).toBe('Path to ship');
    expect(labels).toContain('Setup');
  });
});
