import { z } from 'zod';
import { SampleLoadResult } from '../domain/sample';
import type { ContractSection } from './contract-types';

export const sampleContract = {
  /** Builds the sample engagement and imports it like an archive; a second load finds the first. */
  'sample:load': { input: z.strictObject({}), output: SampleLoadResult },
} satisfies ContractSection;
