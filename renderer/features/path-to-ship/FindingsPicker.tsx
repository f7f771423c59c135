import { useRef, useState } from 'react';
import { SEVERITY_LABELS } from '../../../shared/domain/finding';
import { Button } from '../../components/Button';
import { TextField } from '../../components/TextField';
import { FindingChips } from './FindingChips';
import type { LinkableFindings } from './use-linkable-findings';

/** Links findings from the board to an item: the linked ones as removable chips, the rest to search and link. */
export function FindingsPicker(props: {
  legend: string;
  selected: readonly string[];
  linkable: LinkableFindings;
  error?: string;
  onChange: (ids: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase();
  const { findings, refs } = props.linkable;
  const unlinked = findings.filter(
    (f) => !props.selected.includes(f.id) && (words === '' || `${refs.get(f.id) ?? ''} ${f.title}`.toLowerCase().includes(words)),
  );
  const box = useRef<HTMLFieldSetElement>(null);
  // The button pressed goes away with the change, so focus returns to the search box instead of the page.
  const change = (ids: string[]) => {
    props.onChange(ids);
    requestAnimationFrame(() => box.current?.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
  };
  const remove = (id: string) => change(props.selected.filter((x) => x !== id));
  return (
    <fieldset ref={box} className="ps-picker ps-finding-picker">
      <legend>
        {props.legend} <span className="ps-picker-count">{props.selected.length} linked</span>
      </legend>
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
      {findings.length === 0 ? (
        <p className="ps-muted">No findings on the board yet. Findings recorded on the Board screen can be linked here.</p>
      ) : (
        <>
          <FindingChips ids={props.selected} linkable={props.linkable} label="Linked findings" onRemove={remove} />
          <TextField label="Find a finding to link" type="search" placeholder="F3, or words from its title" value={query} onChange={(e) => setQuery(e.target.value)} />
          {unlinked.length === 0 ? (
            <p className="ps-muted">{words === '' ? 'Every finding on the board is linked.' : 'No unlinked finding matches those words.'}</p>
          ) : (
            <ul className="ps-finding-options" aria-label="Findings to link">
              {unlinked.map((f) => (
                <li key={f.id}>
                  <span className="ps-finding-ref">{refs.get(f.id)}</span>
                  <span className="ps-finding-title">{f.title}</span>
                  <span className={`ps-severity sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
                  <Button aria-label={`Link ${refs.get(f.id) ?? ''} ${f.title}`} onClick={() => change([...props.selected, f.id])}>
                    Link
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
