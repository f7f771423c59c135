import { z } from 'zod';
import type { ContractSection } from './contract-types';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  schemaVersion: z.number().int(),
  deviceId: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  'app:info': { input: z.object({}), output: AppInfo },
  /** The window's answer to 'app:before-quit': its capture draft is saved, so quitting may go on. */
  'app:ready-to-quit': { input: z.object({}), output: z.object({}) },
} satisfies ContractSection;
