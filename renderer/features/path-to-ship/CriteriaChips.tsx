import { criterionById } from '../../../shared/assessment/audit-criteria';
import { AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';

/** The audit criteria an item is linked to, each named with its area. */
export function CriteriaChips(props: { ids: readonly string[]; label: string }) {
  if (props.ids.length === 0) return null;
  return (
    <ul className="ps-criteria" aria-label={props.label}>
      {props.ids.map((id) => {
        const criterion = criterionById(id);
        return (
          <li key={id} className={`ps-criterion area-${criterion?.area ?? 'general'}`}>
            <span className="ps-criterion-area">{criterion ? AUDIT_AREA_INFO[criterion.area].label : 'Criterion'}</span>
            {criterion?.title ?? id}
          </li>
        );
      })}
    </ul>
  );
}
