import { describe, expect, it } from 'vitest';
import { DEFAULT_COST_INPUTS } from '../../../shared/cost-model/cost-inputs';
import { readDraft, toDraft } from '../../../renderer/features/cost-model/cost-draft';

describe('cost draft', () => {
  it('round-trips inputs through the boxes, with separators on large whole numbers', () => {
    const inputs = { ...DEFAULT_COST_INPUTS, productionVolumePerDay: 10_000, modelCostPerQuery: 0.02, integrationBuild: 1234.5 };
    const draft = toDraft(inputs);
    expect([draft.productionVolumePerDay, draft.modelCostPerQuery, draft.integrationBuild, draft.falsePositiveSharePct]).toEqual([
      '10,000',
      '0.02',
      '1234.5',
      '',
    ]);
    expect(readDraft(draft)).toEqual({ ok: true, inputs });
  });

  it('names every box that is wrong, in words, and never guesses a number', () => {
    const draft = {
      ...toDraft(DEFAULT_COST_INPUTS),
      pilotVolumePerDay: '-5',
      accuracyPct: '120',
      minutesPerReview: 'three',
      reviewerCostPerHour: '',
      currency: 'euros',
    };
    expect(readDraft(draft)).toEqual({
      ok: false,
      errors: {
        pilotVolumePerDay: 'Pilot volume cannot be negative.',
        accuracyPct: 'Accuracy cannot be more than 100 %.',
        minutesPerReview: 'Time per review must be a number, such as 1200 or 0.02.',
        reviewerCostPerHour: 'Reviewer cost is required; enter 0 if there is none.',
        currency: 'Currency must be a three-letter code such as EUR or USD.',
      },
    });
  });
});
