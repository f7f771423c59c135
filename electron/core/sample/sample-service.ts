import { ARCHIVE_TABLES } from '../../../shared/archive/archive-tables';
import type { Engagement } from '../../../shared/domain/engagement';
import type { SampleLoadResult } from '../../../shared/domain/sample';
import type { SampleContent } from '../../../shared/sample/sample-types';
import type { ArchiveService } from '../archive/archive-service';
import type { CoreHandlers } from '../create-app-core';
import { createSampleCaller, seedSampleLinks, type BuiltSample } from './build-sample-archive';

export interface SampleService {
  load(): Promise<SampleLoadResult>;
}

export interface SampleServiceDeps {
  content: SampleContent;
  archive: ArchiveService;
  /** The user's own handlers, for what archives do not carry yet. */
  handlers(): CoreHandlers;
  findEngagement(id: string): Engagement | undefined;
  build(withLinks: boolean): Promise<BuiltSample>;
}

const LINK_TABLES = ['finding_evidence', 'criterion_evidence', 'path_recommendations', 'path_phases', 'path_systems', 'path_raci'];

/** Whether an archive carries evidence links and the path to ship; until it does, the loader adds them. */
export function archivesCarryLinks(): boolean {
  return LINK_TABLES.every((name) => ARCHIVE_TABLES.some((t) => t.table === name));
}

/**
 * Loads the sample into the user's database through the archive import, which validates every
 * row. The sample's ids never change, so a copy that is already there is opened, not merged into:
 * the user may have changed it, and loading the sample should never undo their work.
 */
export function createSampleService(deps: SampleServiceDeps): SampleService {
  const withLinks = archivesCarryLinks();
  // The content never changes while the app runs, so it is built once.
  let building: Promise<BuiltSample> | null = null;
  return {
    async load() {
      building ??= deps.build(withLinks).catch((error: unknown) => {
        building = null;
        throw error;
      });
      const built = await building;
      const engagementId = built.refs.engagementId;
      if (deps.findEngagement(engagementId)) return { engagementId, created: false };
      deps.archive.importBytes(built.bytes);
      if (!withLinks) await seedSampleLinks(createSampleCaller(deps.handlers()), deps.content, built.refs, () => {});
      return { engagementId, created: true };
    },
  };
}
