import { z } from 'zod';
import { Id } from '../domain/common';
import { Note } from '../domain/note';
import { InboxAcceptInput, InboxItem, RoomInterface, RoomStartInput, RoomStatus } from '../domain/room';
import type { ContractSection } from './contract-types';

export const roomContract = {
  /** The laptop's network addresses the room can listen on; the first non-internal IPv4 comes first. */
  'room:interfaces': { input: z.strictObject({}), output: z.array(RoomInterface) },
  'room:start': { input: RoomStartInput, output: RoomStatus },
  'room:stop': { input: z.strictObject({}), output: RoomStatus },
  'room:status': { input: z.strictObject({}), output: RoomStatus },
  /** The question phones show; empty goes back to the session's own guiding question. */
  'room:set-prompt': { input: z.strictObject({ prompt: z.string().max(600) }), output: RoomStatus },
  /** The findings phones may vote on; only client-visible ones are ever sent. */
  'room:open-voting': { input: z.strictObject({ findingIds: z.array(Id).max(50) }), output: RoomStatus },
  'room:inbox': { input: z.strictObject({ engagementId: Id }), output: z.array(InboxItem) },
  'room:accept': { input: InboxAcceptInput, output: Note },
  'room:discard': { input: z.strictObject({ id: Id }), output: z.object({ id: Id }) },
} satisfies ContractSection;
