import type { Handlers } from '../../../shared/ipc/contract';
import type { roomContract } from '../../../shared/ipc/room-contract';
import type { RoomService } from '../room/room-service';

export function createRoomHandlers(room: RoomService): Pick<Handlers, keyof typeof roomContract> {
  return {
    'room:interfaces': () => room.interfaces(),
    'room:start': (input) => room.start(input),
    'room:stop': () => room.stop(),
    'room:status': () => room.status(),
    'room:set-prompt': ({ prompt }) => room.setPrompt(prompt),
    'room:open-voting': ({ findingIds }) => room.openVoting(findingIds),
    'room:inbox': ({ engagementId }) => room.inbox(engagementId),
    'room:accept': (input) => room.accept(input),
    'room:discard': ({ id }) => room.discard(id),
  };
}

type FollowedChannel = 'sessions:update' | 'sessions:delete' | 'sessions:set-status' | 'findings:update' | 'findings:delete';

/**
 * What the room shows follows the window: a finding made facilitator-only or deleted leaves the
 * phones at once, a changed guiding question reaches them, and ending the room's session (or
 * deleting it) stops Room mode.
 */
export function followInRoom(handlers: Pick<Handlers, FollowedChannel>, room: RoomService): Pick<Handlers, FollowedChannel> {
  return {
    'sessions:update': async (input) => {
      const session = await handlers['sessions:update'](input);
      room.refresh();
      return session;
    },
    'sessions:delete': async (input) => {
      const session = await handlers['sessions:delete'](input);
      await room.sessionEnded(session.id);
      return session;
    },
    'sessions:set-status': async (input) => {
      const session = await handlers['sessions:set-status'](input);
      if (session.status === 'done') await room.sessionEnded(session.id);
      return session;
    },
    'findings:update': async (input) => {
      const finding = await handlers['findings:update'](input);
      room.refresh();
      return finding;
    },
    'findings:delete': async (input) => {
      const finding = await handlers['findings:delete'](input);
      room.refresh();
      return finding;
    },
  };
}
