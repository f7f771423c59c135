import type { z } from 'zod';
import { planMove } from '../../../shared/domain/ordering';
import { RecommendationFields, type Phase, type PathToShip, type Recommendation } from '../../../shared/domain/path-to-ship';
import { namedFields } from '../../../shared/domain/update-schema';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import type { FindingsRepository } from '../db/repositories/findings-repository';
import type { ParticipantsRepository } from '../db/repositories/participants-repository';
import type { LinkOwner, PathToShipRepository } from '../db/repositories/path-to-ship-repository';
import { requireEngagement } from './require-engagement';
import { timestamp, type ServiceContext } from './service-context';

export interface PathToShipService {
  get(engagementId: string): PathToShip;
  setRecommendation(input: ParsedInput<'path:set-recommendation'>): PathToShip;
  addPhase(input: ParsedInput<'path:add-phase'>): PathToShip;
  updatePhase(input: ParsedInput<'path:update-phase'>): PathToShip;
  movePhase(input: ParsedInput<'path:move-phase'>): PathToShip;
  deletePhase(id: string): Phase;
  restorePhase(phase: Phase): PathToShip;
  setRaci(input: ParsedInput<'path:set-raci'>): PathToShip;
  saveSystem(input: ParsedInput<'path:save-system'>): PathToShip;
  deleteSystem(id: string): PathToShip;
}

type RecommendationPatch = Partial<z.output<typeof RecommendationFields>>;

/** The first recommendation starts from the defaults, and only once it names a decision. */
function firstRecommendation(named: RecommendationPatch): z.output<typeof RecommendationFields> {
  if (!named.decision) {
    const message = 'Choose go, conditional go, pivot or stop.';
    throw new AppError('invalid_input', message, { decision: message });
  }
  return { ...RecommendationFields.parse({ decision: named.decision }), ...named };
}

const PHASE_GONE = 'That phase no longer exists. It may have been deleted.';
const SYSTEM_GONE = 'That system no longer exists. It may have been removed.';

/** The recommendation, roadmap and operating model of an engagement. Each write is one transaction. */
export function createPathToShipService(
  ctx: ServiceContext,
  repo: PathToShipRepository,
  participants: ParticipantsRepository,
  engagements: EngagementsRepository,
  findings: Pick<FindingsRepository, 'get'>,
): PathToShipService {
  const read = (engagementId: string): PathToShip => ({
    engagementId,
    recommendation: repo.recommendation(engagementId),
    phases: repo.phases(engagementId),
    systems: repo.systems(engagementId),
    raci: repo.raci(engagementId),
  });

  /** A participant from another engagement would leak a name into the wrong client's report. */
  const checkParticipant = (engagementId: string, participantId: string | null, field: string) => {
    if (participantId === null) return;
    if (participants.get(participantId)?.engagementId !== engagementId) {
      throw new AppError('invalid_input', 'That participant is not on this engagement. Choose someone from the participants list.', {
        [field]: 'Choose a participant of this engagement.',
      });
    }
  };

  /** A linked finding must be on this engagement's board, so the report can cite it. */
  const checkFindings = (engagementId: string, findingIds: readonly string[]) => {
    for (const id of findingIds) {
      const finding = findings.get(id);
      if (finding?.engagementId !== engagementId) {
        throw new AppError('invalid_input', 'That finding is not on this engagement’s board. Choose a finding from the list.', {
          findingIds: 'Choose findings of this engagement.',
        });
      }
      if (finding.deletedAt !== null) {
        throw new AppError('invalid_input', `“${finding.title}” was deleted from the board, so it cannot be linked. Restore it first or choose another finding.`, {
          findingIds: 'Choose findings that are on the board.',
        });
      }
    }
  };

  const writeLinks = (owner: LinkOwner, item: { criterionIds: readonly string[]; findingIds: readonly string[] }, at: string) => {
    repo.setLinks(owner, 'criterion', item.criterionIds, ctx.newId, at, ctx.deviceId);
    repo.setLinks(owner, 'finding', item.findingIds, ctx.newId, at, ctx.deviceId);
  };

  const requirePhase = (id: string): Phase => {
    const phase = repo.phase(id);
    if (!phase) throw new AppError('not_found', PHASE_GONE);
    return phase;
  };

  /** Puts `id` at `toIndex` among its engagement's phases, renumbering them 0..n-1. */
  const place = (engagementId: string, id: string, toIndex: number) => {
    const at = timestamp(ctx);
    const placements = planMove(
      repo.phases(engagementId).map((p) => ({ id: p.id, group: 'roadmap', position: p.position })),
      id,
      'roadmap',
      toIndex,
    );
    for (const p of placements) repo.placePhase(p.id, p.position, at, ctx.deviceId);
  };

  const writePhase = (phase: Phase) => {
    repo.savePhase(phase);
    writeLinks({ kind: 'phase', id: phase.id, engagementId: phase.engagementId }, phase, phase.updatedAt);
  };

  return {
    get(engagementId) {
      requireEngagement(engagements, engagementId);
      return read(engagementId);
    },

    setRecommendation: ctx.db.transaction((input: ParsedInput<'path:set-recommendation'>): PathToShip => {
      const { engagementId, ...patch } = input;
      requireEngagement(engagements, engagementId);
      const before = repo.recommendation(engagementId);
      const named = namedFields(patch);
      const fields = before ? { ...before, ...named } : firstRecommendation(named);
      if (named.decidedBy?.kind === 'participant') checkParticipant(engagementId, named.decidedBy.participantId, 'decidedBy');
      if (named.findingIds) checkFindings(engagementId, named.findingIds);
      const at = timestamp(ctx);
      const next: Recommendation = {
        ...fields,
        id: before?.id ?? ctx.newId(),
        engagementId,
        createdAt: before?.createdAt ?? at,
        updatedAt: at,
        deviceId: ctx.deviceId,
      };
      repo.saveRecommendation(next);
      writeLinks({ kind: 'recommendation', id: next.id, engagementId }, next, at);
      return read(engagementId);
    }),

    addPhase: ctx.db.transaction((input: ParsedInput<'path:add-phase'>): PathToShip => {
      const { engagementId, ...fields } = input;
      requireEngagement(engagements, engagementId);
      checkParticipant(engagementId, fields.ownerId, 'ownerId');
      checkFindings(engagementId, fields.findingIds);
      const at = timestamp(ctx);
      writePhase({
        ...fields,
        id: ctx.newId(),
        engagementId,
        position: repo.phases(engagementId).length,
        createdAt: at,
        updatedAt: at,
        deviceId: ctx.deviceId,
      });
      return read(engagementId);
    }),

    updatePhase: ctx.db.transaction((input: ParsedInput<'path:update-phase'>): PathToShip => {
      const { id, ...patch } = input;
      const before = requirePhase(id);
      const fields = namedFields(patch);
      if (fields.ownerId !== undefined) checkParticipant(before.engagementId, fields.ownerId, 'ownerId');
      if (fields.findingIds) checkFindings(before.engagementId, fields.findingIds);
      writePhase({ ...before, ...fields, updatedAt: timestamp(ctx), deviceId: ctx.deviceId });
      return read(before.engagementId);
    }),

    movePhase: ctx.db.transaction((input: ParsedInput<'path:move-phase'>): PathToShip => {
      const phase = requirePhase(input.id);
      place(phase.engagementId, phase.id, input.toIndex);
      return read(phase.engagementId);
    }),

    deletePhase: ctx.db.transaction((id: string): Phase => {
      const phase = requirePhase(id);
      const at = timestamp(ctx);
      repo.deletePhase(id, at, ctx.deviceId);
      repo.phases(phase.engagementId).forEach((p, position) => {
        if (p.position !== position) repo.placePhase(p.id, position, at, ctx.deviceId);
      });
      return phase;
    }),

    restorePhase: ctx.db.transaction((phase: Phase): PathToShip => {
      if (repo.phase(phase.id)) throw new AppError('conflict', 'That phase is already on the roadmap.');
      requireEngagement(engagements, phase.engagementId);
      // The owner may have been removed from the engagement since the phase was deleted.
      const ownerId = phase.ownerId && participants.get(phase.ownerId)?.engagementId === phase.engagementId ? phase.ownerId : null;
      // Likewise a linked finding may have left the board; the link goes with it.
      const findingIds = phase.findingIds.filter((id) => {
        const finding = findings.get(id);
        return finding?.engagementId === phase.engagementId && finding.deletedAt === null;
      });
      writePhase({ ...phase, ownerId, findingIds, position: repo.phases(phase.engagementId).length, updatedAt: timestamp(ctx), deviceId: ctx.deviceId });
      place(phase.engagementId, phase.id, phase.position);
      return read(phase.engagementId);
    }),

    setRaci: ctx.db.transaction((input: ParsedInput<'path:set-raci'>): PathToShip => {
      const { engagementId, role, ...cell } = input;
      requireEngagement(engagements, engagementId);
      checkParticipant(engagementId, cell.participantId, 'participantId');
      if (cell.systemId !== null && repo.system(cell.systemId)?.engagementId !== engagementId) {
        throw new AppError('not_found', SYSTEM_GONE);
      }
      repo.setRaciCell(engagementId, role === null ? cell : { ...cell, role }, ctx.newId(), timestamp(ctx), ctx.deviceId);
      return read(engagementId);
    }),

    saveSystem: ctx.db.transaction((input: ParsedInput<'path:save-system'>): PathToShip => {
      const { engagementId, id, name } = input;
      requireEngagement(engagements, engagementId);
      const clash = repo.systemIdByName(engagementId, name);
      if (clash && clash !== id) {
        throw new AppError('conflict', `“${name}” is already in the list of systems.`, { name: 'This system is already listed.' });
      }
      // A removed system keeps its name so the other laptop's copy still matches it; adding that
      // name again revives the record, but renaming another system onto it would make two.
      if (id && repo.removedSystemIdByName(engagementId, name)) {
        throw new AppError('conflict', `A system called “${name}” was removed earlier. Add “${name}” again as a new system, or choose another name.`, {
          name: 'A removed system had this name.',
        });
      }
      const at = timestamp(ctx);
      if (id) {
        const before = repo.system(id);
        if (!before || before.engagementId !== engagementId) throw new AppError('not_found', SYSTEM_GONE);
        repo.saveSystem({ ...before, name, updatedAt: at, deviceId: ctx.deviceId });
      } else {
        const systems = repo.systems(engagementId);
        repo.saveSystem({
          id: ctx.newId(),
          engagementId,
          name,
          position: systems.length === 0 ? 0 : Math.max(...systems.map((s) => s.position)) + 1,
          createdAt: at,
          updatedAt: at,
          deviceId: ctx.deviceId,
        });
      }
      return read(engagementId);
    }),

    deleteSystem: ctx.db.transaction((id: string): PathToShip => {
      const system = repo.system(id);
      if (!system) throw new AppError('not_found', SYSTEM_GONE);
      repo.deleteSystem(id, timestamp(ctx), ctx.deviceId);
      return read(system.engagementId);
    }),
  };
}
