import type { AuditArea } from '../domain/audit-areas';

/**
 * NIST AI RMF 1.0 subcategories the catalogue cites (NIST AI 100-1, January 2023). Listed so a
 * mistyped reference is a compile error rather than a wrong citation in a client report.
 */
export const NIST_SUBCATEGORIES = {
  'GOVERN 2.1': 'Roles, responsibilities and lines of communication are documented and clear.',
  'GOVERN 3.2': 'Roles for human-AI configurations and oversight are defined.',
  'GOVERN 6.1': 'Policies address risks from third-party software, data and models.',
  'MAP 1.3': 'The mission and goals for the AI system are documented.',
  'MAP 1.4': 'The business value or context of business use is clearly defined or re-evaluated.',
  'MAP 1.5': 'Organizational risk tolerances are determined.',
  'MAP 2.1': 'The specific tasks and methods the system uses are defined.',
  'MAP 2.3': 'Data availability, representativeness and suitability for evaluation are documented.',
  'MAP 3.1': 'The expected benefits are documented.',
  'MAP 3.2': 'Potential costs of expected or realised AI errors are examined and documented.',
  'MAP 3.5': 'Human oversight processes are defined.',
  'MAP 4.1': 'Risks of every component, third-party software and data included, are mapped.',
  'MEASURE 1.1': 'Metrics are selected, starting with the most significant risks.',
  'MEASURE 2.3': 'Performance is demonstrated in conditions similar to the deployment setting.',
  'MEASURE 2.4': 'Functionality and behaviour are monitored in production.',
  'MEASURE 2.5': 'Validity and reliability are demonstrated; limits of generalisation are documented.',
  'MEASURE 2.6': 'The system can fail safely; residual risk is within tolerance.',
  'MANAGE 1.1': 'A determination is made whether development or deployment should proceed.',
  'MANAGE 1.3': 'Responses to high-priority risks are developed, planned and documented.',
  'MANAGE 2.1': 'Resources required are considered, along with viable non-AI alternatives.',
  'MANAGE 2.2': 'Mechanisms sustain the value of the deployed system.',
  'MANAGE 2.4': 'Mechanisms and responsibilities exist to supersede, disengage or deactivate the system.',
  'MANAGE 3.2': 'Pre-trained models are monitored as part of regular maintenance.',
  'MANAGE 4.1': 'Post-deployment monitoring plans cover incident response, recovery and change management.',
} as const;

export type NistSubcategory = keyof typeof NIST_SUBCATEGORIES;

export const NIST_AI_RMF_ATTRIBUTION =
  'References: NIST AI Risk Management Framework (AI RMF 1.0), NIST AI 100-1, January 2023. Subcategory titles paraphrased.';

export interface AuditCriterion {
  /** Stable forever: stored in the database and cited in reports. */
  readonly id: string;
  readonly area: AuditArea;
  readonly title: string;
  readonly question: string;
  /** Why the criterion decides whether the pilot reaches production. */
  readonly rationale: string;
  readonly nist: readonly NistSubcategory[];
}

/**
 * The audit's own criteria, one block per area, in the order the week covers them. Each point of
 * the design's area table has at least one criterion (checked by a test).
 */
export const AUDIT_CRITERIA: readonly AuditCriterion[] = [
  {
    id: 'pf-value-quantified',
    area: 'problem-fit',
    title: 'Business value in numbers',
    question:
      'Is the value the pilot should deliver stated in numbers (money, hours, error rate) and compared with how the work is done today?',
    rationale:
      'Without a figure to beat, nobody can say whether production is worth its cost, and the funding decision stalls once the demo glow fades.',
    nist: ['MAP 1.4', 'MAP 3.1'],
  },
  {
    id: 'pf-current-process-cost',
    area: 'problem-fit',
    title: 'Current process and its cost',
    question: 'Has the current process been walked through step by step, with its volume, effort and cost measured?',
    rationale:
      'Today\u2019s process is the baseline every saving is measured against, and it hides the exceptions the AI will also have to handle.',
    nist: ['MAP 1.4'],
  },
  {
    id: 'pf-success-metrics',
    area: 'problem-fit',
    title: 'Success metrics agreed',
    question: 'Are the metrics that decide success agreed in advance, with target values, by the people who will judge the result?',
    rationale:
      'A pilot judged on metrics chosen after the fact can always be called a success, which is exactly how it stays a pilot.',
    nist: ['MAP 1.3', 'MEASURE 1.1'],
  },
  {
    id: 'pf-outcome-owner',
    area: 'problem-fit',
    title: 'Owner of the business outcome',
    question: 'Is one named person in the business accountable for the outcome the pilot is meant to improve?',
    rationale:
      'When the outcome belongs to the project team rather than the business, nobody with budget or authority pulls the system into daily work.',
    nist: ['GOVERN 2.1'],
  },
  {
    id: 'pf-non-ai-alternatives',
    area: 'problem-fit',
    title: 'Simpler non-AI alternatives weighed',
    question: 'Were simpler options (rules, a form, a process change, an off-the-shelf tool) considered and compared honestly?',
    rationale:
      'If a cheaper non-AI fix gets most of the value, production AI is a cost without a case; knowing this early saves the build.',
    nist: ['MANAGE 2.1'],
  },
  {
    id: 'ap-production-data',
    area: 'approach',
    title: 'Pilot data versus production data',
    question:
      'Does the data the pilot used look like what production will send (messy, incomplete, late, in every format), or was it cleaned for the demo?',
    rationale:
      'Pilots are usually trained and shown on curated data; production data is messier, and accuracy drops where nobody measured it.',
    nist: ['MAP 2.3'],
  },
  {
    id: 'ap-production-like-evaluation',
    area: 'approach',
    title: 'Evaluation on production-like data',
    question: 'Has the model been evaluated on a held-out sample that reflects production volume, mix and edge cases?',
    rationale: 'A number measured on demo data promises nothing about production; only a production-like test set does.',
    nist: ['MEASURE 2.3', 'MEASURE 2.5'],
  },
  {
    id: 'ap-model-vendor-choice',
    area: 'approach',
    title: 'Model and vendor choice',
    question:
      'Was the model and vendor chosen against production needs (cost per query, latency, data residency, lock-in, support), not only demo quality?',
    rationale:
      'The model that wins a demo can be too slow, too costly or legally unusable at production volume, and switching later means rebuilding.',
    nist: ['MAP 4.1', 'GOVERN 6.1'],
  },
  {
    id: 'ap-simpler-model',
    area: 'approach',
    title: 'Simpler models compared',
    question: 'Was a simpler or smaller model tried as a baseline, and does the chosen model clearly beat it?',
    rationale:
      'A simpler model is cheaper to run, easier to explain and to maintain; complexity must earn its place with measured gains.',
    nist: ['MAP 2.1'],
  },
  {
    id: 'ap-build-vs-buy',
    area: 'approach',
    title: 'Build versus buy',
    question: 'Has building in house been compared with buying a product or service, over the full lifecycle and not just the pilot?',
    rationale:
      'A custom build carries maintenance, retraining and on-call for years; a bought service carries vendor risk. Either must be a decision, not a default.',
    nist: ['GOVERN 6.1', 'MANAGE 2.1'],
  },
  {
    id: 'pr-failure-modes',
    area: 'production-requirements',
    title: 'Failure modes and downstream consequences',
    question:
      'Are the ways the system can be wrong listed, with where an error flows downstream and what it costs when nobody catches it?',
    rationale:
      'The same accuracy is harmless in one workflow and ruinous in another; the cost of an uncaught error sets the controls production needs.',
    nist: ['MAP 3.2', 'MEASURE 2.6'],
  },
  {
    id: 'pr-edge-case-review',
    area: 'production-requirements',
    title: 'Human review of edge cases',
    question: 'Is it decided who reviews uncertain or edge cases, how they are routed, and how much reviewer time that takes?',
    rationale:
      'Human review is the safety net and a running cost; if nobody owns it, errors go out unchecked or reviewers drown.',
    nist: ['MAP 3.5', 'GOVERN 3.2'],
  },
  {
    id: 'pr-integration-owners',
    area: 'production-requirements',
    title: 'Integration with existing systems',
    question:
      'Is every integration (CRM, ERP, ticketing, the existing workflow) mapped, with an owner on each side for building and running it?',
    rationale:
      'A pilot beside the workflow shows nothing about living inside it; integrations are where most of the build effort and the breakage sit.',
    nist: ['MAP 4.1', 'GOVERN 2.1'],
  },
  {
    id: 'pr-monitoring',
    area: 'production-requirements',
    title: 'Monitoring in production',
    question: 'Is there a plan to monitor input data, output quality, drift, latency and cost in production, with alert thresholds?',
    rationale: 'Models degrade silently as the world changes; without monitoring the first alarm is an angry customer.',
    nist: ['MEASURE 2.4', 'MANAGE 4.1'],
  },
  {
    id: 'pr-model-updates',
    area: 'production-requirements',
    title: 'Model updates and retraining',
    question:
      'Is it planned how and how often the model is retrained or updated (including vendor model changes), tested and released?',
    rationale:
      'A model frozen at launch goes stale; an update nobody tests breaks production. Both need a routine and an owner.',
    nist: ['MANAGE 2.2', 'MANAGE 3.2'],
  },
  {
    id: 'pr-incident-response',
    area: 'production-requirements',
    title: 'The 2am incident',
    question:
      'When the system misbehaves at 2am, who is paged, what can they do (switch off, roll back, fall back to the manual process), and is it written down?',
    rationale:
      'An AI system without an on-call path and an off switch turns its first incident into a crisis and often into its cancellation.',
    nist: ['MANAGE 2.4', 'MANAGE 4.1'],
  },
  {
    id: 'pr-operating-owner',
    area: 'production-requirements',
    title: 'Operating owner',
    question: 'Is one team named as the operating owner of the system in production, and has it accepted the role?',
    rationale: 'Systems that belong to a project rather than an operating team lose their owner the day the project closes.',
    nist: ['GOVERN 2.1'],
  },
  {
    id: 'pr-cost-at-volume',
    area: 'production-requirements',
    title: 'Cost at production volume',
    question: 'Is the running cost at planned production volume estimated (per query, infrastructure, review, support), not scaled from the pilot bill?',
    rationale:
      'Per-query costs that are trivial in a pilot can exceed the value at production volume; this is a common reason a pilot is stopped.',
    nist: ['MANAGE 2.1'],
  },
  {
    id: 'pr-storage-growth',
    area: 'production-requirements',
    title: 'Storage growth over a year',
    question: 'Is it known how much data (inputs, outputs, logs, audit trail) production will store after a year, and under which retention rules?',
    rationale:
      'Logs and records kept for audit or retraining grow with every transaction; storage, retention and privacy need a plan before launch.',
    nist: [],
  },
  {
    id: 'pr-accuracy-threshold',
    area: 'production-requirements',
    title: 'Accuracy threshold as wrong outputs per day',
    question:
      'Is the acceptable accuracy stated as a number of wrong outputs per day at production volume, and accepted by the business?',
    rationale:
      '"95 % accurate" sounds fine until it reads as 500 wrong answers a day; stating errors per day makes the risk tolerance concrete.',
    nist: ['MAP 1.5', 'MAP 3.2'],
  },
  {
    id: 'ps-recommendation',
    area: 'path-to-ship',
    title: 'Recommendation with reasons',
    question: 'Is there a clear recommendation (go, conditional go, pivot or stop) with the reasons and, for a conditional go, the conditions?',
    rationale: 'A pilot without a decision drifts; naming go, pivot or stop is the exit from purgatory in either direction.',
    nist: ['MANAGE 1.1'],
  },
  {
    id: 'ps-phased-plan',
    area: 'path-to-ship',
    title: 'Phases, milestones, owners and exit criteria',
    question: 'Is the path to production broken into phases with milestones, a named owner for each, and exit criteria that decide whether to continue?',
    rationale: 'Exit criteria turn hope into checkpoints; owners and dates make the plan something people can be held to.',
    nist: ['MANAGE 1.3'],
  },
  {
    id: 'ps-lifecycle-budget',
    area: 'path-to-ship',
    title: 'Full-lifecycle budget approved',
    question: 'Is a budget approved for the whole lifecycle (build, integration, running cost, review staff, maintenance), not only the pilot?',
    rationale:
      'Funding only the pilot is the classic trap: when it succeeds, there is no money to ship it, and the budget conversation starts from zero.',
    nist: ['MANAGE 2.1'],
  },
  {
    id: 'ps-operator-committed',
    area: 'path-to-ship',
    title: 'Who operates it',
    question: 'Have the people who will run the system day to day committed the staff and time, and were they part of the plan?',
    rationale: 'A plan the operators did not shape is one they will not run; their commitment is the last thing a launch needs.',
    nist: ['GOVERN 2.1', 'MAP 3.5'],
  },
];

const BY_ID: ReadonlyMap<string, AuditCriterion> = new Map(AUDIT_CRITERIA.map((c) => [c.id, c]));

export function isCriterionId(value: string): boolean {
  return BY_ID.has(value);
}

export function criterionById(id: string): AuditCriterion | undefined {
  return BY_ID.get(id);
}

export function criteriaForArea(area: AuditArea): AuditCriterion[] {
  return AUDIT_CRITERIA.filter((c) => c.area === area);
}
