import type { agendaContract } from '../../../shared/ipc/agenda-contract';
import type { Handlers } from '../../../shared/ipc/contract';
import type { AgendaService } from '../services/agenda-service';

export function createAgendaHandlers(service: AgendaService): Pick<Handlers, keyof typeof agendaContract> {
  return {
    'sessions:list': ({ engagementId }) => service.listSessions(engagementId),
    'sessions:create': (input) => service.createSession(input),
    'sessions:update': (input) => service.updateSession(input),
    'sessions:move': (input) => service.moveSession(input),
    'sessions:delete': ({ id }) => service.deleteSession(id),
    'sessions:restore': (session) => service.restoreSession(session),
    'sessions:set-status': ({ id, status }) => service.setStatus(id, status),
    'sessions:timer': (input) => service.timer(input),
    'templates:list': () => service.listTemplates(),
    'templates:save': (input) => service.saveTemplate(input),
    'templates:delete': ({ id }) => service.deleteTemplate(id),
  };
}
