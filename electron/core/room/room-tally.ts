import { AUDIT_AREAS, type AuditArea } from '../../../shared/domain/audit-areas';
import { ROOM_DOTS_PER_DEVICE } from '../../../shared/domain/room';
import { AppError } from '../../../shared/ipc/result';
import { newSecret } from './room-tokens';

interface Device {
  /** The name given when joining; null for someone who joined anonymously. */
  name: string | null;
  dots: Map<string, number>;
  ratings: Map<AuditArea, number>;
}

/**
 * The room's devices and what they voted and rated, in memory only: a vote or a rating is a show
 * of hands for the projector, not a record, and it is gone when the room stops.
 */
export function createRoomTally() {
  const devices = new Map<string, Device>();

  return {
    /** A new device session; its token is the only way to act as this device. */
    join(name: string | null): string {
      const token = newSecret();
      devices.set(token, { name, dots: new Map(), ratings: new Map() });
      return token;
    },
    known: (token: string): boolean => devices.has(token),
    nameOf: (token: string): string | null => devices.get(token)?.name ?? null,
    deviceCount: (): number => devices.size,

    /** Sets this device's dots on one finding; all its dots together stay within the budget. */
    vote(token: string, findingId: string, dots: number): void {
      const device = devices.get(token);
      if (!device) throw new AppError('not_found', 'Join the room first.');
      let others = 0;
      for (const [id, n] of device.dots) if (id !== findingId) others += n;
      if (others + dots > ROOM_DOTS_PER_DEVICE) {
        throw new AppError('invalid_input', `You have ${ROOM_DOTS_PER_DEVICE} dots in all. Take one off another finding first.`);
      }
      if (dots === 0) device.dots.delete(findingId);
      else device.dots.set(findingId, dots);
    },

    rate(token: string, area: AuditArea, score: number): void {
      const device = devices.get(token);
      if (!device) throw new AppError('not_found', 'Join the room first.');
      device.ratings.set(area, score);
    },

    dotsOn(findingId: string): number {
      let total = 0;
      for (const device of devices.values()) total += device.dots.get(findingId) ?? 0;
      return total;
    },

    /** How many devices gave each score, 1 to 5, per area; never who. */
    distribution(): Record<AuditArea, number[]> {
      const result = Object.fromEntries(AUDIT_AREAS.map((area) => [area, [0, 0, 0, 0, 0]])) as Record<AuditArea, number[]>;
      for (const device of devices.values()) {
        for (const [area, score] of device.ratings) result[area][score - 1]! += 1;
      }
      return result;
    },
  };
}

export type RoomTally = ReturnType<typeof createRoomTally>;
