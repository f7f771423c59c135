import type { z } from 'zod';
import { actionsContract } from './actions-contract';
import { agendaContract } from './agenda-contract';
import { archiveContract } from './archive-contract';
import { appContract } from './app-contract';
import { backupsContract } from './backups-contract';
import { assessmentContract } from './assessment-contract';
import { costContract } from './cost-contract';
import { deliverablesContract } from './deliverables-contract';
import { engagementsContract } from './engagements-contract';
import { findingsContract } from './findings-contract';
import { firmContract } from './firm-contract';
import { notesContract } from './notes-contract';
import { participantsContract } from './participants-contract';
import { pathToShipContract } from './path-to-ship-contract';
import { recoveryContract } from './recovery-contract';
import { roomContract } from './room-contract';
import { sampleContract } from './sample-contract';
import type { RequestChannel } from './channels';

/** The one IPC contract: every channel's input and output schema, from each domain's section. */
export const contract = {
  ...appContract,
  ...engagementsContract,
  ...participantsContract,
  ...notesContract,
  ...actionsContract,
  ...agendaContract,
  ...backupsContract,
  ...recoveryContract,
  ...assessmentContract,
  ...costContract,
  ...pathToShipContract,
  ...deliverablesContract,
  ...findingsContract,
  ...archiveContract,
  ...sampleContract,
  ...roomContract,
  ...firmContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;

/** What the renderer sends (defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after parsing. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export type Handler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

/** Compile-time check that the preload's channel list and the contract name the same channels. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const channelListMatchesContract: Same<Channel, RequestChannel> = true;
