import type { z } from 'zod';
import { STANDARD_WEEK } from '../../../shared/agenda/standard-week';
import { applyTimerAction, IDLE_TIMER } from '../../../shared/agenda/timer';
import type { TemplateDay } from '../../../shared/domain/agenda-template';
import {
  BUILTIN_TEMPLATE_ID,
  type AgendaTemplateSummary,
  type SaveTemplateInput,
  type TemplateChoice,
} from '../../../shared/domain/agenda-template-schema';
import { planMove } from '../../../shared/domain/ordering';
import {
  END_AFTER_START,
  endsAfterStart,
  type Session,
  type SessionCreateInput,
  type SessionMoveInput,
  type SessionStatus,
  type SessionTimerInput,
  type SessionUpdateInput,
} from '../../../shared/domain/session';
import { namedFields } from '../../../shared/domain/update-schema';
import { AppError } from '../../../shared/ipc/result';
import type { SessionsRepository } from '../db/repositories/sessions-repository';
import type { TemplatesRepository } from '../db/repositories/templates-repository';
import type { EngagementsRepository } from '../db/repositories/engagements-repository';
import { requireEngagement } from './require-engagement';
import { timestamp, type ServiceContext } from './service-context';

export interface AgendaService {
  listSessions(engagementId: string): Session[];
  createSession(input: z.output<typeof SessionCreateInput>): Session;
  updateSession(input: z.output<typeof SessionUpdateInput>): Session;
  moveSession(input: z.output<typeof SessionMoveInput>): Session[];
  deleteSession(id: string): Session;
  restoreSession(session: Session): Session[];
  setStatus(id: string, status: SessionStatus): Session;
  timer(input: SessionTimerInput): Session;
  seedAgenda(engagementId: string, choice: TemplateChoice): number;
  templateDayCount(choice: TemplateChoice): number;
  sessionsAfterDay(engagementId: string, day: number): number;
  listTemplates(): AgendaTemplateSummary[];
  saveTemplate(input: z.output<typeof SaveTemplateInput>): AgendaTemplateSummary;
  deleteTemplate(id: string): { id: string };
}

function summarize(id: string, name: string, description: string, days: TemplateDay[], builtIn: boolean): AgendaTemplateSummary {
  return {
    id,
    name,
    description,
    builtIn,
    dayCount: days.length,
    sessionCount: days.reduce((n, d) => n + d.sessions.length, 0),
  };
}

/** Days and sessions of the week, their order, their timers, and the templates they come from. */
export function createAgendaService(
  ctx: ServiceContext,
  sessions: SessionsRepository,
  templates: TemplatesRepository,
  engagementsRepo: EngagementsRepository,
): AgendaService {
  const requireSession = (id: string): Session => {
    const session = sessions.get(id);
    if (!session) throw new AppError('not_found', 'That session no longer exists.');
    return session;
  };
  const checkDay = (engagementId: string, day: number) => {
    const { dayCount } = requireEngagement(engagementsRepo, engagementId);
    if (day > dayCount) {
      throw new AppError('invalid_input', `Day ${day} is outside this ${dayCount}-day engagement.`, {
        day: `Choose a day between 1 and ${dayCount}.`,
      });
    }
  };
  const templateDays = (id: string): TemplateDay[] => {
    if (id === BUILTIN_TEMPLATE_ID) return STANDARD_WEEK.days;
    const stored = templates.get(id);
    if (!stored) throw new AppError('not_found', 'That agenda template no longer exists.');
    return stored.days;
  };
  const renumberDay = (engagementId: string, day: number) => {
    const at = timestamp(ctx);
    sessions
      .list(engagementId)
      .filter((s) => s.day === day)
      .forEach((s, position) => {
        if (s.position !== position) sessions.place(s.id, day, position, at, ctx.deviceId);
      });
  };
  const touch = (session: Session, change: Partial<Session>): Session => {
    const next: Session = { ...session, ...change, updatedAt: timestamp(ctx), deviceId: ctx.deviceId };
    sessions.save(next);
    return next;
  };

  return {
    listSessions(engagementId) {
      requireEngagement(engagementsRepo, engagementId);
      return sessions.list(engagementId);
    },

    createSession: ctx.db.transaction((input: z.output<typeof SessionCreateInput>) => {
      checkDay(input.engagementId, input.day);
      const at = timestamp(ctx);
      const { engagementId, day, ...fields } = input;
      const session: Session = {
        ...fields,
        id: ctx.newId(),
        engagementId,
        day,
        position: sessions.list(engagementId).filter((s) => s.day === day).length,
        status: 'planned',
        timer: IDLE_TIMER,
        createdAt: at,
        updatedAt: at,
        deviceId: ctx.deviceId,
      };
      sessions.save(session);
      return session;
    }),

    updateSession: ctx.db.transaction((input: z.output<typeof SessionUpdateInput>) => {
      const { id, ...patch } = input;
      const current = requireSession(id);
      const fields = namedFields(patch);
      if (!endsAfterStart({ ...current, ...fields })) {
        throw new AppError('invalid_input', END_AFTER_START, { end: END_AFTER_START });
      }
      return touch(current, fields);
    }),

    moveSession: ctx.db.transaction((input: z.output<typeof SessionMoveInput>) => {
      const session = requireSession(input.id);
      checkDay(session.engagementId, input.toDay);
      const all = sessions.list(session.engagementId);
      const placements = planMove(
        all.map((s) => ({ id: s.id, group: String(s.day), position: s.position })),
        session.id,
        String(input.toDay),
        input.toIndex,
      );
      const at = timestamp(ctx);
      for (const p of placements) sessions.place(p.id, Number(p.group), p.position, at, ctx.deviceId);
      return sessions.list(session.engagementId);
    }),

    deleteSession: ctx.db.transaction((id: string) => {
      const session = requireSession(id);
      sessions.delete(id, timestamp(ctx), ctx.deviceId);
      renumberDay(session.engagementId, session.day);
      return session;
    }),

    restoreSession: ctx.db.transaction((session: Session) => {
      if (sessions.get(session.id)) throw new AppError('conflict', 'That session is already on the agenda.');
      checkDay(session.engagementId, session.day);
      sessions.save({ ...session, position: Number.MAX_SAFE_INTEGER, updatedAt: timestamp(ctx), deviceId: ctx.deviceId });
      const all = sessions.list(session.engagementId);
      const at = timestamp(ctx);
      const placements = planMove(
        all.map((s) => ({ id: s.id, group: String(s.day), position: s.position })),
        session.id,
        String(session.day),
        session.position,
      );
      for (const p of placements) sessions.place(p.id, Number(p.group), p.position, at, ctx.deviceId);
      return sessions.list(session.engagementId);
    }),

    setStatus: ctx.db.transaction((id: string, status: SessionStatus) => {
      const session = requireSession(id);
      const timer = status === 'done' ? applyTimerAction(session.timer, { action: 'pause' }, ctx.now()) : session.timer;
      return touch(session, { status, timer });
    }),

    timer: ctx.db.transaction((input: SessionTimerInput) => {
      const session = requireSession(input.id);
      // One room, one clock: starting a session early or late pauses the one still running.
      if (input.action === 'start') {
        for (const other of sessions.list(session.engagementId)) {
          if (other.id !== session.id && other.timer.startedAt !== null) touch(other, { timer: applyTimerAction(other.timer, { action: 'pause' }, ctx.now()) });
        }
      }
      const timer = applyTimerAction(session.timer, input, ctx.now());
      const status = input.action === 'start' ? 'in-progress' : input.action === 'reset' ? 'planned' : session.status;
      return touch(session, { timer, status });
    }),

    sessionsAfterDay: (engagementId, day) => sessions.countAfterDay(engagementId, day),

    templateDayCount: (choice) => (choice.kind === 'blank' ? choice.dayCount : templateDays(choice.id).length),

    seedAgenda(engagementId, choice) {
      if (choice.kind === 'blank') return 0;
      const at = timestamp(ctx);
      let created = 0;
      templateDays(choice.id).forEach((day, dayIndex) => {
        day.sessions.forEach((s, position) => {
          sessions.save({
            id: ctx.newId(),
            engagementId,
            day: dayIndex + 1,
            position,
            title: s.title,
            kind: s.kind,
            area: s.area,
            start: s.start,
            end: s.end,
            goal: s.goal,
            questions: s.questions.map((q) => (q.source ? { text: q.text, source: { ...q.source } } : { text: q.text })),
            status: 'planned',
            timer: IDLE_TIMER,
            createdAt: at,
            updatedAt: at,
            deviceId: ctx.deviceId,
          });
          created++;
        });
      });
      return created;
    },

    listTemplates() {
      return [
        summarize(BUILTIN_TEMPLATE_ID, STANDARD_WEEK.name, STANDARD_WEEK.description, STANDARD_WEEK.days, true),
        ...templates.list().map((t) => summarize(t.id, t.name, t.description, t.days, false)),
      ];
    },

    saveTemplate: ctx.db.transaction((input: z.output<typeof SaveTemplateInput>) => {
      const engagement = requireEngagement(engagementsRepo, input.engagementId);
      if (input.name.toLowerCase() === STANDARD_WEEK.name.toLowerCase() || templates.findByName(input.name)) {
        throw new AppError('conflict', `A template named “${input.name}” already exists. Choose another name.`, {
          name: 'This name is taken.',
        });
      }
      const all = sessions.list(engagement.id);
      const days: TemplateDay[] = Array.from({ length: engagement.dayCount }, (_, i) => {
        const daySessions = all.filter((s) => s.day === i + 1);
        const areas = new Set(daySessions.map((s) => s.area).filter((a) => a !== null));
        return {
          title: `Day ${i + 1}`,
          area: areas.size === 1 ? [...areas][0]! : null,
          sessions: daySessions.map((s) => ({
            title: s.title,
            kind: s.kind,
            area: s.area,
            start: s.start,
            end: s.end,
            goal: s.goal,
            questions: s.questions,
          })),
        };
      });
      const at = timestamp(ctx);
      const stored = { id: ctx.newId(), name: input.name, description: input.description, days, createdAt: at, updatedAt: at, deviceId: ctx.deviceId };
      templates.insert(stored);
      return summarize(stored.id, stored.name, stored.description, stored.days, false);
    }),

    deleteTemplate: ctx.db.transaction((id: string) => {
      if (id === BUILTIN_TEMPLATE_ID) throw new AppError('invalid_input', 'The built-in audit week cannot be deleted.');
      if (!templates.delete(id)) throw new AppError('not_found', 'That agenda template no longer exists.');
      return { id };
    }),
  };
}
