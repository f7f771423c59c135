import {
  COST_INPUT_FIELD_NAMES,
  COST_INPUT_FIELDS,
  CostInputs,
  type CostInputField,
} from '../../../shared/cost-model/cost-inputs';
import { formatNumber, parseTypedNumber } from '../../../shared/cost-model/format';

/** What is in each box on screen, exactly as typed, so a bad entry is never rewritten under the user. */
export type CostDraft = Record<CostInputField | 'currency', string>;
export type DraftErrors = Partial<Record<keyof CostDraft, string>>;
export type DraftReading = { ok: true; inputs: CostInputs } | { ok: false; errors: DraftErrors };

/** Whole numbers from 1,000 up get separators (parseTypedNumber reads them back); others stay exact. */
function numberText(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 1000 ? formatNumber(value) : String(value);
}

export function toDraft(inputs: CostInputs): CostDraft {
  const draft = { currency: inputs.currency } as CostDraft;
  for (const field of COST_INPUT_FIELD_NAMES) {
    const value = inputs[field];
    draft[field] = value === null ? '' : numberText(value);
  }
  return draft;
}

/** Turns the boxes into validated inputs, or into one message per box that is wrong. */
export function readDraft(draft: CostDraft): DraftReading {
  const errors: DraftErrors = {};
  const candidate: Record<string, unknown> = { currency: draft.currency };
  for (const field of COST_INPUT_FIELD_NAMES) {
    const spec = COST_INPUT_FIELDS[field];
    const text = draft[field];
    if (text.trim() === '') {
      if ('optional' in spec && spec.optional) candidate[field] = null;
      else errors[field] = `${spec.label} is required; enter 0 if there is none.`;
      continue;
    }
    const value = parseTypedNumber(text);
    if (value === null) errors[field] = `${spec.label} must be a number, such as 1200 or 0.02.`;
    else candidate[field] = value;
  }
  const parsed = CostInputs.safeParse(candidate);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, inputs: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const key = issue.path[0] as keyof CostDraft;
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
