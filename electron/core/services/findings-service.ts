import type { z } from 'zod';
import type { AuditArea } from '../../../shared/domain/audit-areas';
import {
  cellKey,
  parseCellKey,
  titleFromText,
  type Finding,
  type FindingCreateInput,
  type FindingMove,
  type FindingMoveInput,
  type FindingPlacement,
  type FindingUpdateInput,
} from '../../../shared/domain/finding';
import type { Note } from '../../../shared/domain/note';
import { planMove, type Ordered } from '../../../shared/domain/ordering';
import { findingSeries, formatRef, isClientRef } from '../../../shared/domain/references';
import { namedFields } from '../../../shared/domain/update-schema';
import { AppError } from '../../../shared/ipc/result';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import type { FindingsRepository } from '../db/repositories/findings-repository';
import type { NotesRepository } from '../db/repositories/notes-repository';
import type { ParticipantsRepository } from '../db/repositories/participants-repository';
import { requireEngagement } from './require-engagement';
import { timestamp, type ServiceContext } from './service-context';
import type { RecordVisibilityChange } from './visibility-history';

export interface FindingsService {
  list(engagementId: string): Finding[];
  create(input: z.output<typeof FindingCreateInput>): Finding;
  update(input: z.output<typeof FindingUpdateInput>): Finding;
  move(input: z.output<typeof FindingMoveInput>): FindingPlacement[];
  sortCellByVotes(engagementId: string, area: AuditArea, day: number): FindingPlacement[];
  delete(id: string): Finding;
  restore(id: string): Finding;
  promoteNote(noteId: string, area: AuditArea | null): Finding;
  linkNote(findingId: string, noteId: string): Finding;
  unlinkNote(findingId: string, noteId: string): Finding;
  findingsForNote(noteId: string): { id: string; title: string }[];
  history(id: string): FindingMove[];
}

/**
 * The findings board. Each cell (an area on a day) is a dense 0-based order kept by planMove;
 * every change of cell is written to the finding's history in the same transaction. A finding is
 * numbered F1, F2, … the first time it is client-visible and P1, P2, … until then (see
 * shared/domain/references.ts); a number once given is kept.
 *
 * A deleted note is not unlinked here: the evidence query leaves deleted notes out, so undoing
 * the deletion brings the link back and no second delete path has to stay in step with notes.
 */
export function createFindingsService(
  ctx: ServiceContext,
  findings: FindingsRepository,
  notes: NotesRepository,
  engagementsRepo: EngagementsRepository,
  participants: ParticipantsRepository,
  recordVisibility: RecordVisibilityChange,
): FindingsService {
  const requireFinding = (id: string): Finding => {
    const finding = findings.get(id);
    if (!finding) throw new AppError('not_found', 'That finding no longer exists.');
    return finding;
  };
  const requireLive = (id: string): Finding => {
    const finding = requireFinding(id);
    if (finding.deletedAt) throw new AppError('conflict', 'That finding was deleted. Undo the deletion to change it.');
    return finding;
  };
  const requireLiveNote = (id: string): Note => {
    const note = notes.get(id);
    if (!note || note.deletedAt) throw new AppError('not_found', 'That note no longer exists. It may have been deleted.');
    return note;
  };

  const checkDay = (engagementId: string, day: number) => {
    const { dayCount } = requireEngagement(engagementsRepo, engagementId);
    if (day > dayCount) {
      throw new AppError('invalid_input', `Day ${day} is outside this ${dayCount}-day engagement. Choose a day between 1 and ${dayCount}.`, {
        day: `Choose a day between 1 and ${dayCount}.`,
      });
    }
  };
  const checkOwner = (engagementId: string, ownerId: string | null) => {
    if (ownerId === null) return;
    if (participants.get(ownerId)?.engagementId !== engagementId) {
      throw new AppError('invalid_input', 'That owner is not a participant of this engagement.', { ownerId: 'Choose a participant.' });
    }
  };

  const ordered = (engagementId: string): Ordered[] =>
    findings.placements(engagementId).map((p) => ({ id: p.id, group: cellKey(p.area, p.day), position: p.position }));

  const toPlacement = (p: { id: string; group: string; position: number }): FindingPlacement => ({ id: p.id, ...parseCellKey(p.group), position: p.position });

  /** Writes the placements planMove chose, and the moved finding's history if it changed cell. */
  const applyPlan = (finding: Finding, items: Ordered[], toArea: AuditArea, toDay: number, toIndex: number): FindingPlacement[] => {
    const at = timestamp(ctx);
    const placements = planMove(items, finding.id, cellKey(toArea, toDay), toIndex).map(toPlacement);
    for (const p of placements) findings.place(p.id, p.area, p.day, p.position, at, ctx.deviceId);
    if (finding.area !== toArea || finding.day !== toDay) {
      findings.recordMove(
        { id: ctx.newId(), findingId: finding.id, fromArea: finding.area, fromDay: finding.day, toArea, toDay, movedAt: at },
        ctx.deviceId,
      );
    }
    return placements;
  };

  /** Renumbers a cell 0..n-1 after a finding left it without a move (deletion). */
  const closeGap = (engagementId: string, group: string) => {
    const at = timestamp(ctx);
    ordered(engagementId)
      .filter((item) => item.group === group)
      .sort((a, b) => a.position - b.position)
      .forEach((item, position) => {
        if (item.position !== position) {
          const { area, day } = parseCellKey(group);
          findings.place(item.id, area, day, position, at, ctx.deviceId);
        }
      });
  };

  const nextRef = (engagementId: string, visibility: Finding['visibility']): string => {
    const series = findingSeries(visibility);
    return formatRef(series, findings.lastSequence(engagementId, series.prefix) + 1);
  };

  /** The client number a finding takes when it is first made client-visible. */
  const publishedRef = (finding: Finding, visibility: Finding['visibility'] | undefined): Partial<Finding> =>
    visibility === 'client' && !isClientRef(finding.ref) ? { ref: nextRef(finding.engagementId, 'client') } : {};

  const insertNew = (fields: Omit<Finding, 'id' | 'ref' | 'position' | 'evidence' | 'deletedAt' | 'createdAt' | 'updatedAt' | 'deviceId'>): Finding => {
    checkDay(fields.engagementId, fields.day);
    checkOwner(fields.engagementId, fields.ownerId);
    const at = timestamp(ctx);
    const group = cellKey(fields.area, fields.day);
    const finding: Finding = {
      ...fields,
      id: ctx.newId(),
      ref: nextRef(fields.engagementId, fields.visibility),
      position: ordered(fields.engagementId).filter((item) => item.group === group).length,
      evidence: [],
      deletedAt: null,
      createdAt: at,
      updatedAt: at,
      deviceId: ctx.deviceId,
    };
    findings.insert(finding);
    return requireFinding(finding.id);
  };

  return {
    list(engagementId) {
      requireEngagement(engagementsRepo, engagementId);
      return findings.list(engagementId);
    },

    create: ctx.db.transaction((input: z.output<typeof FindingCreateInput>): Finding => insertNew(input)),

    update: ctx.db.transaction((input: z.output<typeof FindingUpdateInput>): Finding => {
      const current = requireLive(input.id);
      const { id, area, day, ...change } = input;
      const defined: Partial<Finding> = namedFields(change);
      if (defined.ownerId !== undefined) checkOwner(current.engagementId, defined.ownerId);
      const toArea = area ?? current.area;
      const toDay = day ?? current.day;
      if (toArea !== current.area || toDay !== current.day) {
        checkDay(current.engagementId, toDay);
        applyPlan(current, ordered(current.engagementId), toArea, toDay, Number.MAX_SAFE_INTEGER);
      }
      const placed = requireFinding(id);
      recordVisibility('finding', current, defined.visibility);
      findings.update({ ...placed, ...defined, ...publishedRef(placed, defined.visibility), updatedAt: timestamp(ctx), deviceId: ctx.deviceId });
      return requireFinding(id);
    }),

    move: ctx.db.transaction((input: z.output<typeof FindingMoveInput>): FindingPlacement[] => {
      const finding = requireLive(input.id);
      checkDay(finding.engagementId, input.toDay);
      return applyPlan(finding, ordered(finding.engagementId), input.toArea, input.toDay, input.toIndex);
    }),

    sortCellByVotes: ctx.db.transaction((engagementId: string, area: AuditArea, day: number): FindingPlacement[] => {
      requireEngagement(engagementsRepo, engagementId);
      const at = timestamp(ctx);
      const cell = findings
        .list(engagementId)
        .filter((f) => f.area === area && f.day === day)
        .sort((a, b) => b.votes - a.votes || a.position - b.position);
      const changed = cell.flatMap((f, position) => (f.position === position ? [] : [{ id: f.id, area, day, position }]));
      for (const p of changed) findings.place(p.id, p.area, p.day, p.position, at, ctx.deviceId);
      return changed;
    }),

    delete: ctx.db.transaction((id: string): Finding => {
      const finding = requireFinding(id);
      if (finding.deletedAt) return finding;
      const deleted: Finding = { ...finding, deletedAt: timestamp(ctx), updatedAt: timestamp(ctx), deviceId: ctx.deviceId };
      findings.update(deleted);
      closeGap(finding.engagementId, cellKey(finding.area, finding.day));
      return deleted;
    }),

    restore: ctx.db.transaction((id: string): Finding => {
      const finding = requireFinding(id);
      if (!finding.deletedAt) return finding;
      const group = cellKey(finding.area, finding.day);
      const items = ordered(finding.engagementId);
      // Back in the list at the end, then moved to where it was, so its neighbours renumber densely.
      items.push({ id, group, position: items.filter((item) => item.group === group).length });
      findings.update({ ...finding, position: items.at(-1)!.position, deletedAt: null, updatedAt: timestamp(ctx), deviceId: ctx.deviceId });
      const at = timestamp(ctx);
      for (const p of planMove(items, id, group, finding.position)) {
        const { area, day } = parseCellKey(p.group);
        findings.place(p.id, area, day, p.position, at, ctx.deviceId);
      }
      return requireFinding(id);
    }),

    promoteNote: ctx.db.transaction((noteId: string, area: AuditArea | null): Finding => {
      const note = requireLiveNote(noteId);
      const chosenArea = note.area ?? area;
      if (chosenArea === null) {
        throw new AppError('invalid_input', 'This note has no audit area. Choose the area the finding belongs to.', { area: 'Choose an area.' });
      }
      const finding = insertNew({
        engagementId: note.engagementId,
        title: titleFromText(note.text),
        body: note.text,
        area: chosenArea,
        day: note.day,
        kind: note.kind === 'risk' ? 'risk' : 'gap',
        severity: 'medium',
        confidence: 'medium',
        status: 'open',
        ownerId: null,
        recommendation: '',
        votes: 0,
        visibility: note.visibility,
      });
      findings.link(finding.id, note.id, finding.createdAt, ctx.deviceId);
      return requireFinding(finding.id);
    }),

    linkNote: ctx.db.transaction((findingId: string, noteId: string): Finding => {
      const finding = requireLive(findingId);
      const note = requireLiveNote(noteId);
      if (note.engagementId !== finding.engagementId) throw new AppError('invalid_input', 'That note belongs to another engagement.');
      findings.link(findingId, noteId, timestamp(ctx), ctx.deviceId);
      return requireFinding(findingId);
    }),

    unlinkNote: ctx.db.transaction((findingId: string, noteId: string): Finding => {
      requireLive(findingId);
      findings.unlink(findingId, noteId, timestamp(ctx), ctx.deviceId);
      return requireFinding(findingId);
    }),

    findingsForNote: (noteId) => findings.findingsForNote(noteId),

    history(id) {
      requireFinding(id);
      return findings.moves(id);
    },
  };
}
