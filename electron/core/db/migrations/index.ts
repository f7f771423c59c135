import type { Migration } from '../migration-types';
import { m0010Engagements } from './0010-engagements';
import { m0020AuditWeek } from './0020-audit-week';
import { m0030Notes } from './0030-notes';
import { m0040Findings } from './0040-findings';
import { m0050Assessments } from './0050-assessments';
import { m0060CostScenarios } from './0060-cost-scenarios';
import { m0070PathToShip } from './0070-path-to-ship';
import { m0090EvidenceLinks } from './0090-evidence-links';
import { m0100Tombstones } from './0100-tombstones';
import { m0110NotesFtsPrefix } from './0110-notes-fts-prefix';
import { m0120PathAndLinkTombstones } from './0120-path-and-link-tombstones';
import { m0130ClientNumbering } from './0130-client-numbering';
import { m0140VisibilityHistoryAndReleases } from './0140-visibility-history-and-releases';
import { m0150DeckReleases } from './0150-deck-releases';
import { m0160NotesSearchByEngagement } from './0160-notes-search-by-engagement';
import { m0170ActionItems } from './0170-action-items';
import { m0180RoomInbox } from './0180-room-inbox';
import { m0190FirmLibrary } from './0190-firm-library';

/** Every migration, listed explicitly in order; the last one's version is the app's schema version. */
export const MIGRATIONS: readonly Migration[] = [
  m0010Engagements,
  m0020AuditWeek,
  m0030Notes,
  m0040Findings,
  m0050Assessments,
  m0060CostScenarios,
  m0070PathToShip,
  m0090EvidenceLinks,
  m0100Tombstones,
  m0110NotesFtsPrefix,
  m0120PathAndLinkTombstones,
  m0130ClientNumbering,
  m0140VisibilityHistoryAndReleases,
  m0150DeckReleases,
  m0160NotesSearchByEngagement,
  m0170ActionItems,
  m0180RoomInbox,
  m0190FirmLibrary,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
