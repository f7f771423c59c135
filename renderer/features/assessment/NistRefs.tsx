import { NIST_SUBCATEGORIES, type NistSubcategory } from '../../../shared/assessment/audit-criteria';

/** The NIST AI RMF subcategories a criterion maps to, each with its paraphrased title on hover. */
export function NistRefs(props: { refs: readonly NistSubcategory[] }) {
  if (props.refs.length === 0) return null;
  return (
    <ul className="nist-refs" aria-label="NIST AI RMF references">
      {props.refs.map((ref) => (
        <li key={ref} className="nist-ref" title={`NIST AI RMF ${ref}: ${NIST_SUBCATEGORIES[ref]}`}>
          <span className="sr-only">NIST AI RMF </span>
          {ref}
        </li>
      ))}
    </ul>
  );
}
