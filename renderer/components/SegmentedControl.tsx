import { useId } from 'react';
import './segmented-control.css';

export interface SegmentOption<V extends string> {
  value: V;
  label: string;
  /** A glyph beside the label, so the choice never reads by colour alone. */
  symbol: string;
  tone: 'neutral' | 'danger' | 'warning' | 'success' | 'muted';
}

/**
 * One choice among a few, as a labelled group of native radio buttons: Tab enters the group,
 * arrow keys move and choose, and screen readers announce it as a radio group.
 */
export function SegmentedControl<V extends string>(props: {
  label: string;
  hideLabel?: boolean;
  options: readonly SegmentOption<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  const name = useId();
  return (
    <div className="segmented">
      <span id={`${name}-label`} className={props.hideLabel ? 'sr-only' : 'segmented-legend'}>
        {props.label}
      </span>
      <div className="segmented-options" role="radiogroup" aria-labelledby={`${name}-label`}>
        {props.options.map((option) => (
          <label key={option.value} className={`segmented-option tone-${option.tone}`}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={props.value === option.value}
              onChange={() => props.onChange(option.value)}
            />
            <span className="segmented-symbol" aria-hidden="true">
              {option.symbol}
            </span>
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
