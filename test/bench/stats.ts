/** Timing helpers: summaries by nearest rank, and ABAB interleaving so noise hits both sides alike. */

/** Fewer samples than this make a median and a p95 too noisy to compare runs by. */
export const MIN_SAMPLES = 20;

export interface Summary {
  median: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('No samples to summarise.');
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1)!,
    count: sorted.length,
  };
}

export async function timeMs(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * Runs the measured operation and its reference `rounds` times each, alternating which goes first
 * (AB BA AB …), after `warmup` untimed rounds of both.
 */
export async function interleave(
  rounds: number,
  measured: () => unknown,
  reference: () => unknown,
  warmup = 3,
): Promise<{ measured: number[]; reference: number[] }> {
  for (let i = 0; i < warmup; i++) {
    await measured();
    await reference();
  }
  const result = { measured: [] as number[], reference: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      result.measured.push(await timeMs(measured));
      result.reference.push(await timeMs(reference));
    } else {
      result.reference.push(await timeMs(reference));
      result.measured.push(await timeMs(measured));
    }
  }
  return result;
}
