import type { SessionAttendance } from './attendance';
import { AUDIT_AREAS, type AuditArea } from './audit-areas';
import type { Participant, ParticipantFunction } from './participant';
import type { Session } from './session';

export interface CoverageWarning {
  /** The function the room lacks (or lacks on a given day). */
  function: ParticipantFunction;
  /** Day number when the function is in the engagement but not in the room that day. */
  day: number | null;
  message: string;
}

interface Requirement {
  function: ParticipantFunction;
  /** The day their voice matters most, by the standard week (production requirements is day 3). */
  keyDay: number | null;
  reason: string;
}

/**
 * The people whose absence makes pilots stall: those who will operate the system and those who
 * fund it. Pilots owned by the wrong people are one of the four causes of pilot purgatory.
 */
const REQUIREMENTS: readonly Requirement[] = [
  {
    function: 'operator',
    keyDay: 3,
    reason:
      'No operator is in the room. The people who will run the system day to day know the edge cases, the workarounds and the real volumes; without them the week describes the pilot, not production.',
  },
  {
    function: 'it-integration',
    keyDay: 3,
    reason:
      'No one from IT / integration is in the room. Connecting to the CRM, ERP and existing workflow is usually the largest cost of going live, and someone must own each integration.',
  },
  {
    function: 'sponsor',
    keyDay: 5,
    reason:
      'No sponsor is in the room. Without the person who owns the outcome and the decision, the recommendation has no one to act on it.',
  },
  {
    function: 'finance',
    keyDay: 4,
    reason:
      'No one from finance is in the room. Pilots stall when only the pilot was funded; the full-lifecycle budget needs someone who can approve it.',
  },
];

/**
 * Warnings, with reasons, for the functions that matter most: missing entirely, or present in the
 * engagement but not attending the day their input matters most. Participants with no days
 * recorded are taken to attend every day.
 */
export function roomCoverage(participants: readonly Participant[], dayCount: number): CoverageWarning[] {
  const warnings: CoverageWarning[] = [];
  for (const requirement of REQUIREMENTS) {
    const present = participants.filter((p) => p.function === requirement.function);
    if (present.length === 0) {
      warnings.push({ function: requirement.function, day: null, message: requirement.reason });
      continue;
    }
    const keyDay = requirement.keyDay;
    if (keyDay === null || keyDay > dayCount) continue;
    const attendsKeyDay = present.some((p) => p.daysAttended.length === 0 || p.daysAttended.includes(keyDay));
    if (!attendsKeyDay) {
      warnings.push({
        function: requirement.function,
        day: keyDay,
        message: `${present.map((p) => p.name).join(', ')} ${present.length === 1 ? 'is' : 'are'} not attending day ${keyDay}, when their input matters most.`,
      });
    }
  }
  return warnings;
}

/** Who was checked in to the sessions of one area, from the agenda's check-ins. */
export interface AreaPresence {
  area: AuditArea;
  /** Sessions of the area that have a check-in, out of all its sessions. */
  checkedIn: number;
  sessions: number;
  /** Everyone checked in to at least one of them, by name. */
  present: string[];
  /** The functions that matter (operators above all) nobody checked in had, in REQUIREMENTS order. */
  missing: ParticipantFunction[];
}

/**
 * Who was actually in the room when each area was discussed: only areas with at least one session
 * checked in are told, since a session without a check-in says nothing about who came.
 */
export function areaPresence(
  participants: readonly Participant[],
  sessions: readonly Pick<Session, 'id' | 'area' | 'kind'>[],
  attendance: readonly SessionAttendance[],
): AreaPresence[] {
  const checked = new Map(attendance.map((a) => [a.sessionId, a.participantIds]));
  const byId = new Map(participants.map((p) => [p.id, p]));
  return AUDIT_AREAS.flatMap((area): AreaPresence[] => {
    const held = sessions.filter((s) => s.area === area && s.kind === 'session');
    const withCheckIn = held.filter((s) => (checked.get(s.id)?.length ?? 0) > 0);
    if (withCheckIn.length === 0) return [];
    const ids = new Set(withCheckIn.flatMap((s) => checked.get(s.id)!));
    const present = participants.filter((p) => ids.has(p.id) && byId.has(p.id));
    return [
      {
        area,
        checkedIn: withCheckIn.length,
        sessions: held.length,
        present: present.map((p) => p.name),
        missing: REQUIREMENTS.map((r) => r.function).filter((f) => !present.some((p) => p.function === f)),
      },
    ];
  });
}
