import { z } from 'zod';
import { Id } from './common';

/** What loading the sample did: created a new engagement, or found the one loaded before. */
export const SampleLoadResult = z.object({ engagementId: Id, created: z.boolean() });
export type SampleLoadResult = z.infer<typeof SampleLoadResult>;
