import { describe, expect, it } from 'vitest';
import type { Participant, ParticipantFunction } from '../../../shared/domain/participant';
import { areaPresence, roomCoverage } from '../../../shared/domain/room-coverage';

function person(name: string, fn: ParticipantFunction, daysAttended: number[] = []): Participant {
  return {
    id: name,
    engagementId: 'e',
    name,
    title: '',
    organisation: '',
    function: fn,
    daysAttended,
    contact: '',
    createdAt: '',
    updatedAt: '',
    deviceId: 'd',
  };
}

describe('room coverage', () => {
  it('warns, with the reason, for each missing function that operates or funds the system', () => {
    const warnings = roomCoverage([person('Dana', 'data-ml')], 5);
    expect(warnings.map((w) => w.function)).toEqual(['operator', 'it-integration', 'sponsor', 'finance']);
    expect(warnings[0]?.message).toMatch(/No operator is in the room/);
    expect(warnings.every((w) => w.day === null)).toBe(true);
  });

  it('is quiet when the room is complete, counting people with no days recorded as always present', () => {
    const room = [person('O', 'operator'), person('I', 'it-integration', [1, 2, 3]), person('S', 'sponsor', [1, 5]), person('F', 'finance', [4])];
    expect(roomCoverage(room, 5)).toEqual([]);
  });

  it('warns when the only operator skips the production-requirements day', () => {
    const room = [person('Olu', 'operator', [1, 2]), person('I', 'it-integration'), person('S', 'sponsor'), person('F', 'finance')];
    expect(roomCoverage(room, 5)).toEqual([
      { function: 'operator', day: 3, message: 'Olu is not attending day 3, when their input matters most.' },
    ]);
  });

  it('does not ask for a key day the engagement does not have', () => {
    const room = [person('O', 'operator', [1]), person('I', 'it-integration', [1]), person('S', 'sponsor', [1]), person('F', 'finance', [1])];
    expect(roomCoverage(room, 2)).toEqual([]);
  });
});

describe('who was in the room, by area', () => {
  const room = [person('Olga', 'operator'), person('Ivan', 'it-integration'), person('Sara', 'sponsor'), person('Finn', 'finance')];
  const sessions = [
    { id: 's1', area: 'production-requirements' as const, kind: 'session' as const },
    { id: 's2', area: 'production-requirements' as const, kind: 'session' as const },
    { id: 's3', area: 'approach' as const, kind: 'session' as const },
  ];

  it('names who was checked in to an area’s sessions and the functions that were not, from check-ins only', () => {
    const presence = areaPresence(room, sessions, [
      { sessionId: 's1', participantIds: ['Ivan', 'Sara'] },
      { sessionId: 's2', participantIds: ['Finn'] },
    ]);
    expect(presence).toEqual([{ area: 'production-requirements', checkedIn: 2, sessions: 2, present: ['Ivan', 'Sara', 'Finn'], missing: ['operator'] }]);
  });

  it('says nothing of an area whose sessions nobody checked in to', () => {
    expect(areaPresence(room, sessions, [])).toEqual([]);
  });
});
