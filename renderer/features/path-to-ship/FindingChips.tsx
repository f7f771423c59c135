import { SEVERITY_LABELS } from '../../../shared/domain/finding';
import type { LinkableFindings } from './use-linkable-findings';

/**
 * The findings an item is linked to, by reference, title and severity. With onRemove each chip
 * has a button that unlinks it; without, the chips only show.
 */
export function FindingChips(props: { ids: readonly string[]; linkable: LinkableFindings; label: string; onRemove?: (id: string) => void }) {
  const linked = props.ids.flatMap((id) => props.linkable.findings.find((f) => f.id === id) ?? []);
  if (linked.length === 0) return null;
  return (
    <ul className="ps-finding-chips" aria-label={props.label}>
      {linked.map((f) => {
        const ref = props.linkable.refs.get(f.id) ?? '';
        return (
          <li key={f.id} className="ps-finding-chip">
            <span className="ps-finding-ref">{ref}</span>
            <span className="ps-finding-title">{f.title}</span>
            <span className={`ps-severity sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span>
            {props.onRemove && (
              <button type="button" className="ps-chip-remove" aria-label={`Unlink ${ref} ${f.title}`} onClick={() => props.onRemove?.(f.id)}>
                ×
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
