/**
 * The names of every request channel and push event, as plain strings so the preload can
 * allow-list them without bundling the schemas. contract.test.ts checks they match the contract.
 */
export const REQUEST_CHANNELS = [
  'app:info',
  'app:ready-to-quit',
  'engagements:list',
  'engagements:get',
  'engagements:create',
  'engagements:rename',
  'engagements:archive',
  'engagements:unarchive',
  'engagements:delete',
  'engagements:update',
  'participants:list',
  'participants:create',
  'participants:update',
  'participants:delete',
  'sessions:list',
  'sessions:create',
  'sessions:update',
  'sessions:move',
  'sessions:delete',
  'sessions:restore',
  'sessions:set-status',
  'sessions:timer',
  'templates:list',
  'templates:save',
  'templates:delete',
  'notes:list',
  'notes:get',
  'notes:latest',
  'notes:create',
  'notes:update',
  'notes:delete',
  'notes:restore',
  'notes:search',
  'notes:tags',
  'drafts:get',
  'drafts:save',
  'backups:create',
  'recovery:status',
  'recovery:list-backups',
  'recovery:restore',
  'recovery:start-fresh',
  'recovery:repair',
  'recovery:data-check',
  'assessment:get',
  'assessment:score-criterion',
  'assessment:score-ml-test',
  'assessment:rate-cause',
  'assessment:add-evidence',
  'assessment:remove-evidence',
  'assessment:finding-from-criterion',
  'cost:list',
  'cost:create',
  'cost:update',
  'cost:duplicate',
  'cost:rename',
  'cost:delete',
  'path:get',
  'path:set-recommendation',
  'path:add-phase',
  'path:update-phase',
  'path:move-phase',
  'path:delete-phase',
  'path:restore-phase',
  'path:set-raci',
  'path:save-system',
  'path:delete-system',
  'deliverables:preview',
  'deliverables:presenter',
  'deliverables:release-check',
  'deliverables:export',
  'findings:list',
  'findings:create',
  'findings:update',
  'findings:move',
  'findings:sort-cell',
  'findings:delete',
  'findings:restore',
  'findings:promote-note',
  'findings:link-note',
  'findings:unlink-note',
  'findings:for-note',
  'findings:history',
  'archive:export',
  'archive:inspect',
  'archive:import',
  'sample:load',
  'firm:status',
  'firm:save-settings',
  'firm:choose-ca-file',
  'firm:forget-password',
  'firm:test',
  'firm:publish',
  'firm:publish-pending',
  'firm:publication',
  'firm:benchmark',
  'firm:search',
  'firm:recurring-findings',
  'firm:admin-migrate',
  'firm:admin-add-consultant',
] as const;

export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/**
 * Events the main process pushes to the renderer: menu commands, export progress, an archive the
 * user opened, a quit that waits for the window to save its draft (answered on 'app:ready-to-quit'),
 * and the answer of the background check of a large data file.
 */
export const EVENT_CHANNELS = ['menu:command', 'deliverables:progress', 'archive:opened', 'archive:progress', 'app:before-quit', 'recovery:data-checked', 'firm:progress'] as const;

export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && (REQUEST_CHANNELS as readonly string[]).includes(value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (EVENT_CHANNELS as readonly string[]).includes(value);
}
