import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

export type ContractSection = Record<string, ChannelSpec>;
