import { Benchmark } from '../../../shared/firm/firm-schemas';
import type { FirmLocalRepository } from '../db/repositories/firm-local-repository';

/** The last benchmark the library computed for the engagement, as cached on this laptop, marked as from the cache. */
export function cachedBenchmark(local: FirmLocalRepository, engagementId: string): Benchmark | null {
  const cached = local.benchmark(engagementId);
  return cached ? { ...Benchmark.parse(JSON.parse(cached.benchmark)), fromCache: true } : null;
}
