import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  /** Progress beside the label, such as "3/5". */
  badge?: string;
}

/** An ARIA tab list: one tab stop, arrow keys, Home and End move between tabs and open them. */
export function AssessmentTabs<T extends string>(props: {
  label: string;
  tabs: readonly TabSpec<T>[];
  selected: T;
  onSelect: (id: T) => void;
  children: ReactNode;
}) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const index = props.tabs.findIndex((t) => t.id === props.selected);

  const onKeyDown = (event: KeyboardEvent) => {
    const last = props.tabs.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index + 1) % props.tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + props.tabs.length) % props.tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (target === null) return;
    event.preventDefault();
    const id = props.tabs[target]!.id;
    props.onSelect(id);
    refs.current.get(id)?.focus();
  };

  return (
    <>
      <div className="tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
        {props.tabs.map((tab) => {
          const selected = tab.id === props.selected;
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) refs.current.set(tab.id, el);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`tabpanel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              className="tab"
              onClick={() => props.onSelect(tab.id)}
            >
              {tab.label}
              {tab.badge && <span className="tab-badge">{tab.badge}</span>}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={`tabpanel-${props.selected}`} aria-labelledby={`tab-${props.selected}`} className="tabpanel">
        {props.children}
      </div>
    </>
  );
}
