import { useId, type SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A compact labelled choice for toolbars and filters, where a full form field would be too tall.
 * The label can be visually hidden but is always there for screen readers.
 */
export function Select({
  label,
  hideLabel,
  options,
  className,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { label: string; hideLabel?: boolean; options: readonly SelectOption[] }) {
  const id = useId();
  return (
    <span className={['select', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'select-label'}>
        {label}
      </label>
      <select id={id} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
