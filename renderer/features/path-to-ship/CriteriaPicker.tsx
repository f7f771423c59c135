import { criteriaForArea } from '../../../shared/assessment/audit-criteria';
import { AUDIT_AREAS, AUDIT_AREA_INFO } from '../../../shared/domain/audit-areas';

/** Checkboxes for the audit criteria, grouped by area, to link the ones that support an item. */
export function CriteriaPicker(props: { legend: string; selected: readonly string[]; onChange: (ids: string[]) => void }) {
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.selected, id] : props.selected.filter((x) => x !== id));
  return (
    <fieldset className="ps-picker">
      <legend>
        {props.legend} <span className="ps-picker-count">{props.selected.length} linked</span>
      </legend>
      <div className="ps-picker-areas">
        {AUDIT_AREAS.map((area) => (
          <div key={area} className="ps-picker-area" role="group" aria-label={AUDIT_AREA_INFO[area].label}>
            <p className="ps-picker-area-title">{AUDIT_AREA_INFO[area].label}</p>
            {criteriaForArea(area).map((c) => (
              <label key={c.id} className="ps-check">
                <input type="checkbox" checked={props.selected.includes(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                {c.title}
              </label>
            ))}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
