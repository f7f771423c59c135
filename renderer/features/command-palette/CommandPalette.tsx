import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { filterCommands, type PaletteCommand } from './palette-commands';
import './command-palette.css';

/**
 * Ctrl/⌘ K: go anywhere or run a common action by typing a few letters. The input is an ARIA
 * combobox over a listbox, so screen readers announce the highlighted command as the arrows move.
 */
export function CommandPalette(props: { open: boolean; commands: readonly PaletteCommand[]; onClose: () => void }) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => filterCommands(props.commands, query), [props.commands, query]);
  const current = shown[Math.min(active, shown.length - 1)];
  const optionId = (command: PaletteCommand) => `${listId}-${command.id}`;

  useEffect(() => {
    if (!props.open) return;
    setQuery('');
    setActive(0);
  }, [props.open]);

  useEffect(() => {
    if (current) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (command: PaletteCommand | undefined) => {
    if (!command) return;
    props.onClose();
    // After the dialog has closed and handed focus back, so the command can move focus itself.
    window.setTimeout(command.run, 0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    const moves: Record<string, number> = { ArrowDown: Math.min(active + 1, last), ArrowUp: Math.max(active - 1, 0), Home: 0, End: last };
    const next = moves[event.key];
    if (next === undefined || shown.length === 0) return;
    event.preventDefault();
    setActive(next);
  };

  return (
    <Dialog open={props.open} title="Command palette" hideTitle width="palette" onClose={props.onClose} onSubmit={() => choose(current)}>
      <input
        className="palette-input"
        type="text"
        role="combobox"
        aria-label="Go to or do"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        placeholder="Go to a section or run a command…"
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette-list" role="listbox" id={listId} aria-label="Commands">
        {shown.map((command) => (
          <li
            key={command.id}
            id={optionId(command)}
            role="option"
            aria-selected={command === current}
            className="palette-option"
            onMouseMove={() => setActive(shown.indexOf(command))}
            onClick={() => choose(command)}
          >
            <span className="palette-group">{command.group}</span>
            <span className="palette-label">{command.label}</span>
            {command.keys && <kbd>{command.keys}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="palette-empty">No command matches “{query}”. Try a section name, such as “board”.</p>}
      <p className="sr-only" role="status">
        {shown.length === 1 ? '1 command' : `${shown.length} commands`}
      </p>
      <p className="palette-help" aria-hidden="true">
        <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> run · <kbd>Esc</kbd> close
      </p>
    </Dialog>
  );
}
