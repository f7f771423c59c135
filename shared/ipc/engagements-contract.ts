import { z } from 'zod';
import {
  Engagement,
  EngagementCreateInput,
  EngagementIdInput,
  EngagementListInput,
  EngagementRenameInput,
  EngagementSetupInput,
} from '../domain/engagement';
import type { ContractSection } from './contract-types';

export const engagementsContract = {
  'engagements:list': { input: EngagementListInput, output: z.array(Engagement) },
  'engagements:get': { input: EngagementIdInput, output: Engagement },
  'engagements:create': { input: EngagementCreateInput, output: Engagement },
  'engagements:rename': { input: EngagementRenameInput, output: Engagement },
  'engagements:update': { input: EngagementSetupInput, output: Engagement },
  'engagements:archive': { input: EngagementIdInput, output: Engagement },
  'engagements:unarchive': { input: EngagementIdInput, output: Engagement },
  'engagements:delete': { input: EngagementIdInput, output: z.object({ id: z.string() }) },
} satisfies ContractSection;
