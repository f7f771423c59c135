import { z } from 'zod';
import { ArchivePreview, ArchiveProgress } from '../domain/archive';
import { DataCheck } from '../domain/backup';
import type { EventChannel } from './channels';
import { ExportProgress } from './deliverables-contract';
import { MENU_COMMANDS } from './menu-commands';
import { RoomStatus } from '../domain/room';

/**
 * What main pushes to the window on each event channel. Main sends through a function typed by
 * this table; the renderer's api client parses each payload here once, so listeners get typed values.
 */
export const eventContract = {
  'menu:command': z.enum(MENU_COMMANDS),
  'deliverables:progress': ExportProgress,
  'archive:opened': ArchivePreview,
  // How far an archive's export, preview or import has come.
  'archive:progress': ArchiveProgress,
  // A question with no payload: main waits for 'app:ready-to-quit'.
  'app:before-quit': z.undefined(),
  // The background check of a large data file has answered.
  'recovery:data-checked': DataCheck,
  // Room mode started, stopped, or the room sent something (a note to the inbox, a vote, a rating, a scribe note).
  'room:changed': RoomStatus,
  // How far a publish to the firm library has come.
  'firm:progress': z.object({ engagementId: z.string(), done: z.number().int(), total: z.number().int() }),
} satisfies Record<EventChannel, z.ZodType>;

export type EventPayload<E extends EventChannel> = z.output<(typeof eventContract)[E]>;

/** Anything that can push an event to the window: Electron's WebContents, or the test harness. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
}

/** The one way main pushes an event, so the payload always has its channel's type. */
export function pushEvent<E extends EventChannel>(target: EventTarget | null | undefined, channel: E, ...payload: EventPayload<E> extends undefined ? [] : [EventPayload<E>]): void {
  target?.send(channel, ...payload);
}
