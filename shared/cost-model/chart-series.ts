import type { CostInputs } from './cost-inputs';
import { costAtVolume, errorOutcome } from './cost-model';

export interface VolumePoint {
  volumePerDay: number;
  perMonth: number;
}

export interface AccuracyPoint {
  accuracyPct: number;
  wrongPerDay: number;
  caughtPerDay: number;
  uncaughtPerDay: number;
}

const STEPS_PER_DECADE = 4;

/**
 * Monthly cost across volumes on a log scale, from a decade below the smaller of pilot and
 * production volume to a decade above the larger, so both marked volumes sit inside the curve.
 */
export function monthlyCostByVolume(inputs: CostInputs): VolumePoint[] {
  const marked = [inputs.pilotVolumePerDay, inputs.productionVolumePerDay].filter((v) => v > 0);
  const low = marked.length ? Math.floor(Math.log10(Math.min(...marked))) - 1 : 0;
  const high = marked.length ? Math.ceil(Math.log10(Math.max(...marked))) + 1 : 4;
  const from = Math.max(0, low);
  const points: VolumePoint[] = [];
  for (let step = from * STEPS_PER_DECADE; step <= high * STEPS_PER_DECADE; step++) {
    const volumePerDay = 10 ** (step / STEPS_PER_DECADE);
    points.push({ volumePerDay, perMonth: costAtVolume(inputs, volumePerDay).perMonth });
  }
  return points;
}

/**
 * Wrong outputs per day at production volume for accuracies from 10 points below the current
 * one (at most 80 %) up to 100 %, in whole-percent steps, plus the current accuracy itself.
 */
export function wrongOutputsByAccuracy(inputs: CostInputs): AccuracyPoint[] {
  const from = Math.max(0, Math.min(80, Math.floor(inputs.accuracyPct) - 10));
  const accuracies = new Set<number>([inputs.accuracyPct]);
  for (let pct = from; pct <= 100; pct++) accuracies.add(pct);
  return [...accuracies]
    .sort((a, b) => a - b)
    .map((accuracyPct) => {
      const outcome = errorOutcome({ ...inputs, accuracyPct }, inputs.productionVolumePerDay);
      return {
        accuracyPct,
        wrongPerDay: outcome.wrongPerDay,
        caughtPerDay: outcome.caughtPerDay,
        uncaughtPerDay: outcome.uncaughtPerDay,
      };
    });
}
