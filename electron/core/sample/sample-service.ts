import type { Engagement } from '../../../shared/domain/engagement';
import type { SampleLoadResult } from '../../../shared/domain/sample';
import type { ArchiveService } from '../archive/archive-service';
import type { BuiltSample } from './build-sample-archive';

export interface SampleService {
  load(): Promise<SampleLoadResult>;
}

export interface SampleServiceDeps {
  archive: ArchiveService;
  findEngagement(id: string): Engagement | undefined;
  build(): Promise<BuiltSample>;
}

/**
 * Loads the sample into the user's database through the archive import, which validates every
 * row. The sample's ids never change, so a copy that is already there is opened, not merged into:
 * the user may have changed it, and loading the sample should never undo their work.
 */
export function createSampleService(deps: SampleServiceDeps): SampleService {
  // The content never changes while the app runs, so it is built once.
  let building: Promise<BuiltSample> | null = null;
  return {
    async load() {
      building ??= deps.build().catch((error: unknown) => {
        building = null;
        throw error;
      });
      const built = await building;
      const engagementId = built.refs.engagementId;
      if (deps.findEngagement(engagementId)) return { engagementId, created: false };
      await deps.archive.importBytes(built.bytes);
      return { engagementId, created: true };
    },
  };
}
