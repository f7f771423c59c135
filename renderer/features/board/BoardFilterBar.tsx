import { NO_FILTERS, UNOWNED, isFiltering, toggle, type BoardFilters } from '../../../shared/board/board-filters';
import type { Participant } from '../../../shared/domain/participant';
import { KIND_OPTIONS, SEVERITY_OPTIONS, STATUS_OPTIONS } from './labels';
import { Select } from '../../components/Select';

function Chips<T extends string>(props: { label: string; options: { value: T; label: string }[]; selected: T[]; onChange(next: T[]): void }) {
  return (
    <div className="filter-group" role="group" aria-label={`Filter by ${props.label.toLowerCase()}`}>
      <span className="filter-label">{props.label}</span>
      {props.options.map((o) => (
        <button
          key={o.value}
          type="button"
          className={`filter-chip chip-${o.value}`}
          aria-pressed={props.selected.includes(o.value)}
          onClick={() => props.onChange(toggle(props.selected, o.value))}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** Severity, kind, status and owner filters; an empty group means "any". */
export function BoardFilterBar(props: { filters: BoardFilters; participants: Participant[]; onChange(filters: BoardFilters): void }) {
  const f = props.filters;
  return (
    <div className="board-filters">
      <Chips label="Severity" options={SEVERITY_OPTIONS} selected={f.severities} onChange={(severities) => props.onChange({ ...f, severities })} />
      <Chips label="Kind" options={KIND_OPTIONS} selected={f.kinds} onChange={(kinds) => props.onChange({ ...f, kinds })} />
      <Chips label="Status" options={STATUS_OPTIONS} selected={f.statuses} onChange={(statuses) => props.onChange({ ...f, statuses })} />
      <Select
        label="Owner"
        value={f.owner ?? ''}
        onChange={(e) => props.onChange({ ...f, owner: e.target.value === '' ? null : e.target.value })}
        options={[{ value: '', label: 'Anyone' }, { value: UNOWNED, label: 'No owner' }, ...props.participants.map((p) => ({ value: p.id, label: p.name }))]}
      />
      {isFiltering(f) && (
        <button type="button" className="btn btn-ghost" onClick={() => props.onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
