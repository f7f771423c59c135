import { WORKSPACE_SECTIONS } from '../../store/route';

export interface KeyboardShortcut {
  /** Each key of the combination, in the order they are pressed. */
  keys: string[];
  does: string;
}

/** The shortcuts the app and its menu answer to, spelled the way this platform's keyboard is. */
export function keyboardShortcuts(isMac: boolean): KeyboardShortcut[] {
  const mod = isMac ? '⌘' : 'Ctrl';
  return [
    { keys: [mod, 'K'], does: 'Command palette: go to any section or engagement, or run a common action' },
    { keys: [mod, 'N'], does: 'New engagement' },
    { keys: [mod, 'Shift', 'E'], does: 'All engagements' },
    { keys: [mod, 'O'], does: 'Import an engagement archive' },
    { keys: [mod, 'E'], does: 'Export the week pack of the open engagement' },
    { keys: ['Alt', `1–${WORKSPACE_SECTIONS.length}`], does: `Go to ${WORKSPACE_SECTIONS.map((s) => s.label).join(', ')}` },
    { keys: [mod, 'Shift', 'N'], does: 'Capture a note (from any screen of an engagement)' },
    { keys: [mod, 'F'], does: 'Search all notes' },
    { keys: ['Enter'], does: 'Capture: save the note' },
    { keys: ['Shift', 'Enter'], does: 'Capture: new line in the note' },
    { keys: ['@ ! ^ #'], does: 'Capture: speaker, kind, area and tag markers' },
    { keys: [mod, 'Shift', 'P'], does: 'Capture: who may see the note (client-visible, facilitator only for this note, keep private)' },
    { keys: ['Alt', '↓'], does: 'Capture: from the box to the newest note’s actions (edit, pin, privacy, delete); Esc goes back to the box' },
    { keys: [mod, 'S'], does: 'Save the engagement setup' },
    { keys: ['↑', '↓', '←', '→'], does: 'Agenda: move between sessions and days' },
    { keys: ['Enter'], does: 'Agenda: edit the focused session' },
    { keys: ['S'], does: 'Agenda: start the focused session’s timer now, early or late (a running one pauses)' },
    { keys: ['Alt', '↑ / ↓'], does: 'Agenda: move the session earlier or later in its day' },
    { keys: ['Alt', '← / →'], does: 'Agenda: move the session to the previous or next day' },
    { keys: ['Delete'], does: 'Agenda: delete the focused session (with undo)' },
    { keys: ['Alt', '↑ / ↓'], does: 'Board: move the focused finding up or down its cell' },
    { keys: ['Alt', '← / →'], does: 'Board: move the finding to the previous or next area' },
    { keys: ['Alt', 'PageUp / PageDown'], does: 'Board: move the finding to the previous or next day' },
    { keys: ['+ / −'], does: 'Board: add or remove a vote on the focused finding' },
    { keys: ['F5'], does: 'Presenter mode: show the open engagement’s board on the projector' },
    { keys: ['← / →'], does: 'Presenter: previous or next page, on through the board, each day’s readout and the closing (Page Up / Page Down and Space too)' },
    { keys: ['1 – 9 / 0'], does: 'Presenter: the board (1), a day’s readout (2 for day 1, …), the closing (0)' },
    { keys: ['Enter'], does: 'Presenter: open the focused finding with its evidence; Esc goes back to the board' },
    { keys: [mod, '0'], does: 'Actual size' },
    { keys: [mod, '+'], does: 'Zoom in' },
    { keys: [mod, '−'], does: 'Zoom out' },
    { keys: isMac ? ['⌃', '⌘', 'F'] : ['F11'], does: 'Full screen' },
    { keys: [mod, '/'], does: 'Show these shortcuts' },
    { keys: ['?'], does: 'Shortcuts sheet, when not typing in a field' },
    { keys: ['Esc'], does: 'Close a dialog, or leave presenter mode' },
  ];
}
