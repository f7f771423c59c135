import { z } from 'zod';
import { AgendaTemplateSummary, SaveTemplateInput } from '../domain/agenda-template-schema';
import { Id } from '../domain/common';
import {
  Session,
  SessionCreateInput,
  SessionMoveInput,
  SessionStatusInput,
  SessionTimerInput,
  SessionUpdateInput,
} from '../domain/session';
import type { ContractSection } from './contract-types';

export const agendaContract = {
  'sessions:list': { input: z.object({ engagementId: Id }), output: z.array(Session) },
  'sessions:create': { input: SessionCreateInput, output: Session },
  'sessions:update': { input: SessionUpdateInput, output: Session },
  'sessions:move': { input: SessionMoveInput, output: z.array(Session) },
  'sessions:delete': { input: z.object({ id: Id }), output: Session },
  'sessions:restore': { input: Session, output: z.array(Session) },
  'sessions:set-status': { input: SessionStatusInput, output: Session },
  'sessions:timer': { input: SessionTimerInput, output: Session },
  'templates:list': { input: z.object({}), output: z.array(AgendaTemplateSummary) },
  'templates:save': { input: SaveTemplateInput, output: AgendaTemplateSummary },
  'templates:delete': { input: z.object({ id: z.string().min(1) }), output: z.object({ id: z.string() }) },
} satisfies ContractSection;
