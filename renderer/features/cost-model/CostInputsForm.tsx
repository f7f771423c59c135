import { useId } from 'react';
import {
  COST_INPUT_FIELD_NAMES,
  COST_INPUT_FIELDS,
  COST_INPUT_GROUPS,
  isMoney,
  type CostInputField,
} from '../../../shared/cost-model/cost-inputs';
import { currencySymbol } from '../../../shared/cost-model/format';
import type { CostDraft, DraftErrors } from './cost-draft';

function unitText(field: CostInputField, currency: string | null): string {
  const unit = COST_INPUT_FIELDS[field].unit;
  return isMoney(field) && currency ? `${currencySymbol(currency)} ${unit}` : unit;
}

function NumberInput(props: {
  label: string;
  unit: string;
  explanation: string;
  value: string;
  error: string | undefined;
  onChange: (text: string) => void;
  inputMode?: 'decimal' | 'text';
}) {
  const id = useId();
  const messageId = `${id}-message`;
  const unitId = `${id}-unit`;
  return (
    <div className={`cost-field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <div className="cost-field-control">
        <input
          id={id}
          type="text"
          inputMode={props.inputMode ?? 'decimal'}
          autoComplete="off"
          spellCheck={false}
          value={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={`${unitId} ${messageId}`}
          onChange={(event) => props.onChange(event.target.value)}
        />
        <span id={unitId} className="cost-field-unit">
          {props.unit}
        </span>
      </div>
      {props.error ? (
        <p id={messageId} className="field-error" role="alert">
          {props.error}
        </p>
      ) : (
        <p id={messageId} className="cost-field-hint">
          {props.explanation}
        </p>
      )}
    </div>
  );
}

/** Every input of the model, grouped, each with its unit and what it means. */
export function CostInputsForm(props: {
  draft: CostDraft;
  errors: DraftErrors;
  currency: string | null;
  onChange: (field: keyof CostDraft, text: string) => void;
}) {
  return (
    <form className="cost-inputs" aria-label="Scenario inputs" onSubmit={(event) => event.preventDefault()}>
      <div className="cost-currency">
        <NumberInput
          label="Currency"
          unit="ISO code"
          explanation="Three letters, such as EUR, USD or GBP; every amount in this scenario is in it."
          inputMode="text"
          value={props.draft.currency}
          error={props.errors.currency}
          onChange={(text) => props.onChange('currency', text)}
        />
      </div>
      {COST_INPUT_GROUPS.map((group) => (
        <fieldset key={group.id} className="cost-group">
          <legend>{group.label}</legend>
          <p className="cost-group-description">{group.description}</p>
          {COST_INPUT_FIELD_NAMES.filter((field) => COST_INPUT_FIELDS[field].group === group.id).map((field) => (
            <NumberInput
              key={field}
              label={COST_INPUT_FIELDS[field].label}
              unit={unitText(field, props.currency)}
              explanation={COST_INPUT_FIELDS[field].explanation}
              value={props.draft[field]}
              error={props.errors[field]}
              onChange={(text) => props.onChange(field, text)}
            />
          ))}
        </fieldset>
      ))}
    </form>
  );
}
