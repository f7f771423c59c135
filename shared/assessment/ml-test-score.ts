/**
 * The ML Test Score rubric, 2017 version only (Breck, Cai, Nielsen, Salib and Sculley, "The ML
 * Test Score: A Rubric for ML Production Readiness and Technical Debt Reduction", IEEE Big Data
 * 2017). The 2016 workshop version scored and banded differently; the two are never mixed here.
 */
export const ML_TEST_SCORE_ATTRIBUTION =
  'ML Test Score: Breck, Cai, Nielsen, Salib and Sculley, “The ML Test Score: A Rubric for ML Production Readiness and Technical Debt Reduction”, IEEE Big Data 2017. Test wording lightly paraphrased.';

export const ML_TEST_SECTIONS = ['data', 'model', 'infrastructure', 'monitoring'] as const;
export type MlTestSection = (typeof ML_TEST_SECTIONS)[number];

export const ML_TEST_SECTION_LABELS: Readonly<Record<MlTestSection, string>> = {
  data: 'Features and data',
  model: 'Model development',
  infrastructure: 'ML infrastructure',
  monitoring: 'Monitoring',
};

/** 0 = not done; 0.5 = done by hand, results documented and shared; 1 = automated and repeated. */
export const ML_TEST_POINTS = [0, 0.5, 1] as const;
export type MlTestPoints = (typeof ML_TEST_POINTS)[number];

export interface MlTest {
  /** Stable: stored in the database. */
  readonly id: string;
  readonly section: MlTestSection;
  /** The paper's numbering within its section, e.g. "Data 1". */
  readonly label: string;
  readonly text: string;
}

const TEXTS: Readonly<Record<MlTestSection, readonly string[]>> = {
  data: [
    'Feature expectations are captured in a schema.',
    'All features are beneficial.',
    'No feature’s cost is too much.',
    'Features adhere to meta-level requirements.',
    'The data pipeline has appropriate privacy controls.',
    'New features can be added quickly.',
    'All input feature code is tested.',
  ],
  model: [
    'Every model specification undergoes a code review and is checked in to a repository.',
    'Offline proxy metrics correlate with actual online impact metrics.',
    'All hyperparameters have been tuned.',
    'The impact of model staleness is known.',
    'A simpler model is not better.',
    'Model quality is sufficient on all important data slices.',
    'The model has been tested for considerations of inclusion.',
  ],
  infrastructure: [
    'Training is reproducible.',
    'Model specification code is unit tested.',
    'The full ML pipeline is integration tested.',
    'Model quality is validated before attempting to serve it.',
    'The model allows debugging by observing the step-by-step computation of training or inference on a single example.',
    'Models are tested via a canary process before they enter production serving environments.',
    'Models can be quickly and safely rolled back to a previous serving version.',
  ],
  monitoring: [
    'Dependency changes result in notification.',
    'Data invariants hold in training and serving inputs.',
    'Training and serving features compute the same values.',
    'Models are not too stale.',
    'The model is numerically stable.',
    'The model has not experienced dramatic or slow-leak regressions in training speed, serving latency, throughput, or RAM usage.',
    'The model has not experienced a regression in prediction quality on served data.',
  ],
};

const LABEL_PREFIX: Readonly<Record<MlTestSection, string>> = {
  data: 'Data',
  model: 'Model',
  infrastructure: 'Infra',
  monitoring: 'Monitor',
};

/** The 28 tests, seven per section, in the paper's order; ids such as `data-1` and `monitor-7`. */
export const ML_TESTS: readonly MlTest[] = ML_TEST_SECTIONS.flatMap((section) =>
  TEXTS[section].map((text, index) => ({
    id: `${LABEL_PREFIX[section].toLowerCase()}-${index + 1}`,
    section,
    label: `${LABEL_PREFIX[section]} ${index + 1}`,
    text,
  })),
);

const IDS: ReadonlySet<string> = new Set(ML_TESTS.map((t) => t.id));

export function isMlTestId(value: string): boolean {
  return IDS.has(value);
}

export interface MlTestScoreBand {
  readonly id: 'research' | 'serious-holes' | 'first-pass' | 'reasonably-tested' | 'strong' | 'exceptional';
  /** The range as the paper's Table V writes it. */
  readonly range: string;
  readonly meaning: string;
}

/** Table V of the 2017 paper, paraphrased; each band is open below and closed above. */
export const ML_TEST_SCORE_BANDS: readonly MlTestScoreBand[] = [
  { id: 'research', range: '0', meaning: 'More of a research project than a productionised system.' },
  {
    id: 'serious-holes',
    range: '(0, 1]',
    meaning: 'Not totally untested, but there may be serious holes in reliability.',
  },
  {
    id: 'first-pass',
    range: '(1, 2]',
    meaning: 'A first pass at basic productionisation; more investment may be needed.',
  },
  {
    id: 'reasonably-tested',
    range: '(2, 3]',
    meaning: 'Reasonably tested, but more of the tests and procedures could be automated.',
  },
  {
    id: 'strong',
    range: '(3, 5]',
    meaning: 'Strong automated testing and monitoring, appropriate for mission-critical systems.',
  },
  { id: 'exceptional', range: '> 5', meaning: 'Exceptional automated testing and monitoring.' },
];

const UPPER_EDGES = [0, 1, 2, 3, 5] as const;

/** The Table V band a final score falls in: 1 is still "serious holes", 1.5 is "first pass". */
export function mlTestScoreBand(score: number): MlTestScoreBand {
  const index = UPPER_EDGES.findIndex((edge) => score <= edge);
  return ML_TEST_SCORE_BANDS[index === -1 ? ML_TEST_SCORE_BANDS.length - 1 : index]!;
}
