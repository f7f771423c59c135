import { networkInterfaces } from 'node:os';
import type { RoomInterface } from '../../../shared/domain/room';

/**
 * The IPv4 addresses the room can listen on: the local network's first (a phone reaches those),
 * loopback last (this laptop only, for trying it out).
 */
export function listRoomInterfaces(): RoomInterface[] {
  const external: RoomInterface[] = [];
  const internal: RoomInterface[] = [];
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family !== 'IPv4') continue;
      (address.internal ? internal : external).push({ name, address: address.address });
    }
  }
  if (!internal.some((i) => i.address === '127.0.0.1')) internal.push({ name: 'loopback', address: '127.0.0.1' });
  return [...external, ...internal];
}
