import { z } from 'zod';
import { Id } from '../domain/common';
import { Participant, ParticipantCreateInput, ParticipantUpdateInput } from '../domain/participant';
import type { ContractSection } from './contract-types';

export const participantsContract = {
  'participants:list': { input: z.object({ engagementId: Id }), output: z.array(Participant) },
  'participants:create': { input: ParticipantCreateInput, output: Participant },
  'participants:update': { input: ParticipantUpdateInput, output: Participant },
  'participants:delete': { input: z.object({ id: Id }), output: z.object({ id: z.string() }) },
} satisfies ContractSection;
