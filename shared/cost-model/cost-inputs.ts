import { z } from 'zod';

/**
 * The cost and error model's inputs. Every field's label, unit, group and explanation live in
 * COST_INPUT_FIELDS below, which both the schema's messages and the screen read, so the two
 * cannot drift apart.
 */

export const COST_INPUT_GROUPS = [
  { id: 'volume', label: 'Volume', description: 'How many items the system handles, in the pilot and in production.' },
  { id: 'running', label: 'Running cost', description: 'What every query costs, and what the platform costs each month.' },
  { id: 'people', label: 'Build and people', description: 'The one-off build and the team that keeps it running.' },
  { id: 'storage', label: 'Storage', description: 'What is kept for every item, and for how long.' },
  { id: 'quality', label: 'Errors and review', description: 'How often it is wrong, who checks it, and what a missed error costs.' },
  { id: 'baseline', label: "Today's process", description: 'What the work costs now, to find the break-even.' },
] as const;
export type CostInputGroup = (typeof COST_INPUT_GROUPS)[number]['id'];

interface FieldSpec {
  label: string;
  unit: string;
  group: CostInputGroup;
  explanation: string;
  min: number;
  max?: number;
  integer?: boolean;
  /** An amount in the scenario's currency; the screen shows the currency symbol with the unit. */
  money?: boolean;
  /** A field the client may not know yet; empty means "not known". */
  optional?: boolean;
}

/** One entry per numeric input; the order here is the order on screen. */
export const COST_INPUT_FIELDS = {
  pilotVolumePerDay: {
    label: 'Pilot volume',
    unit: 'items / day',
    group: 'volume',
    explanation: 'Items the pilot handles on a typical day today.',
    min: 0,
  },
  productionVolumePerDay: {
    label: 'Production volume',
    unit: 'items / day',
    group: 'volume',
    explanation: 'Items per day once it runs for the whole business, in the first year.',
    min: 0,
  },
  growthPctPerYear: {
    label: 'Growth',
    unit: '% / year',
    group: 'volume',
    explanation: 'How much production volume grows each year; applied to years two and three.',
    min: -100,
    max: 1000,
  },
  workingDaysPerYear: {
    label: 'Operating days',
    unit: 'days / year',
    group: 'volume',
    explanation: 'Days a year the volume arrives: 365 for a service that runs every day, about 250 for office days.',
    min: 1,
    max: 366,
    integer: true,
  },
  modelCostPerQuery: {
    label: 'Model / API cost',
    unit: 'per query',
    money: true,
    group: 'running',
    explanation: 'What the model provider charges for one item (tokens in and out).',
    min: 0,
  },
  computeCostPerQuery: {
    label: 'Compute cost',
    unit: 'per query',
    money: true,
    group: 'running',
    explanation: 'Own compute per item: pre- and post-processing, retrieval, queues.',
    min: 0,
  },
  infrastructurePerMonth: {
    label: 'Fixed infrastructure',
    unit: 'per month',
    money: true,
    group: 'running',
    explanation: 'Servers, databases and licences paid whatever the volume.',
    min: 0,
  },
  monitoringPerMonth: {
    label: 'Monitoring and tooling',
    unit: 'per month',
    money: true,
    group: 'running',
    explanation: 'Observability, evaluation and alerting tools.',
    min: 0,
  },
  integrationBuild: {
    label: 'Integration build',
    unit: 'one-off',
    money: true,
    group: 'people',
    explanation: 'Connecting it to the CRM, ERP or workflow, testing and roll-out, paid once.',
    min: 0,
  },
  supportFte: {
    label: 'Maintenance and support staff',
    unit: 'FTE',
    group: 'people',
    explanation: 'People who keep it running: updates, retraining, incidents, the 2 am call.',
    min: 0,
  },
  costPerFtePerYear: {
    label: 'Loaded cost per FTE',
    unit: 'per year',
    money: true,
    group: 'people',
    explanation: 'Salary plus overheads for one full-time person for a year.',
    min: 0,
  },
  storagePerRecordKb: {
    label: 'Storage per item',
    unit: 'KB',
    group: 'storage',
    explanation: 'Inputs, outputs and logs kept for one item.',
    min: 0,
  },
  retentionMonths: {
    label: 'Retention',
    unit: 'months',
    group: 'storage',
    explanation: 'How long each item is kept before it is deleted.',
    min: 0,
    max: 1200,
    integer: true,
  },
  storagePricePerGbMonth: {
    label: 'Storage price',
    unit: 'per GB-month',
    money: true,
    group: 'storage',
    explanation: 'What one gigabyte kept for one month costs.',
    min: 0,
  },
  accuracyPct: {
    label: 'Accuracy',
    unit: '%',
    group: 'quality',
    explanation: 'Share of outputs that are right, measured on production-like data.',
    min: 0,
    max: 100,
  },
  falsePositiveSharePct: {
    label: 'False positives among errors',
    unit: '% of errors',
    group: 'quality',
    explanation: 'Where known: the share of wrong outputs that flag something that is not there. The rest are misses.',
    min: 0,
    max: 100,
    optional: true,
  },
  reviewSharePct: {
    label: 'Outputs reviewed by a person',
    unit: '%',
    group: 'quality',
    explanation: 'Share of outputs a person checks; review is assumed to catch the errors in that share.',
    min: 0,
    max: 100,
  },
  minutesPerReview: {
    label: 'Time per review',
    unit: 'minutes',
    group: 'quality',
    explanation: 'How long one check takes.',
    min: 0,
  },
  reviewerCostPerHour: {
    label: 'Reviewer cost',
    unit: 'per hour',
    money: true,
    group: 'quality',
    explanation: "Loaded cost of one reviewer's hour.",
    min: 0,
  },
  productiveHoursPerFteDay: {
    label: 'Productive hours per reviewer',
    unit: 'hours / day',
    group: 'quality',
    explanation: 'Hours of actual reviewing one full-time person does in a day, after breaks and meetings.',
    min: 0.5,
    max: 24,
  },
  downstreamCostPerError: {
    label: 'Cost of an uncaught error',
    unit: 'per error',
    money: true,
    group: 'quality',
    explanation: 'What one wrong output that nobody catches costs later: rework, refunds, penalties.',
    min: 0,
  },
  currentCostPerItem: {
    label: "Today's cost per item",
    unit: 'per item',
    money: true,
    group: 'baseline',
    explanation: 'What handling one item costs with the current process, all in.',
    min: 0,
  },
} as const satisfies Record<string, FieldSpec>;

export type CostInputField = keyof typeof COST_INPUT_FIELDS;
export const COST_INPUT_FIELD_NAMES = Object.keys(COST_INPUT_FIELDS) as CostInputField[];

export function isMoney(field: CostInputField): boolean {
  const spec: FieldSpec = COST_INPUT_FIELDS[field];
  return spec.money === true;
}

function numberField(spec: FieldSpec) {
  const label = spec.label;
  let schema = z
    .number({ message: `${label} must be a number.` })
    .finite({ message: `${label} must be a number.` })
    .min(spec.min, {
      message: spec.min === 0 ? `${label} cannot be negative.` : `${label} must be at least ${spec.min}.`,
    });
  if (spec.max !== undefined) {
    schema = schema.max(spec.max, { message: `${label} cannot be more than ${spec.max}${spec.unit.startsWith('%') ? ' %' : ''}.` });
  }
  if (spec.integer) schema = schema.int({ message: `${label} must be a whole number.` });
  return schema;
}

const numberShape = Object.fromEntries(
  Object.entries(COST_INPUT_FIELDS).map(([name, spec]) => {
    const field = numberField(spec);
    return [name, 'optional' in spec && spec.optional ? field.nullable() : field];
  }),
) as {
  [K in CostInputField]: (typeof COST_INPUT_FIELDS)[K] extends { optional: true }
    ? z.ZodNullable<z.ZodNumber>
    : z.ZodNumber;
};

export const Currency = z
  .string({ message: 'Currency is required.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, { message: 'Currency must be a three-letter code such as EUR or USD.' });

export const CostInputs = z.object({ currency: Currency, ...numberShape });
export type CostInputs = z.infer<typeof CostInputs>;

/**
 * A new scenario's starting point when the client has not given a number: costs at zero so
 * nothing is invented, and accuracy at 100 % so no errors are counted until one is entered.
 */
export const DEFAULT_COST_INPUTS: CostInputs = {
  currency: 'EUR',
  pilotVolumePerDay: 0,
  productionVolumePerDay: 0,
  growthPctPerYear: 0,
  workingDaysPerYear: 365,
  modelCostPerQuery: 0,
  computeCostPerQuery: 0,
  infrastructurePerMonth: 0,
  monitoringPerMonth: 0,
  integrationBuild: 0,
  supportFte: 0,
  costPerFtePerYear: 0,
  storagePerRecordKb: 0,
  retentionMonths: 12,
  storagePricePerGbMonth: 0,
  accuracyPct: 100,
  falsePositiveSharePct: null,
  reviewSharePct: 0,
  minutesPerReview: 0,
  reviewerCostPerHour: 0,
  productiveHoursPerFteDay: 6,
  downstreamCostPerError: 0,
  currentCostPerItem: 0,
};
