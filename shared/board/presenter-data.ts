import { z } from 'zod';
import { buildDailyReadout } from '../report/daily-readout';
import { buildReadoutDeck } from '../report/deck-model';
import { ITEM_STATUS_LABELS } from '../domain/action-item';
import { weekFollowUp, type FollowUpLine } from '../report/follow-up';
import type { ReportData } from '../report/report-inputs';
import { FollowUpRow } from '../report/report-schema';

/*
 * What the projector shows beyond the board, built in main from the same client-visible models as
 * the daily readout and the readout deck, so the room sees what the client's files say.
 */

const ReadoutNote = z.object({ ref: z.string(), time: z.string(), kind: z.string(), text: z.string(), speaker: z.string().nullable() });
export type PresenterNote = z.infer<typeof ReadoutNote>;

const PresenterAction = ReadoutNote.extend({ owner: z.string(), due: z.string(), status: z.string(), overdue: z.boolean() });
export type PresenterAction = z.infer<typeof PresenterAction>;

export const PresenterDay = z.object({
  day: z.number().int(),
  decisions: z.array(ReadoutNote),
  risks: z.array(ReadoutNote),
  actions: z.array(PresenterAction),
  /** Actions of earlier days still open on this one. */
  stillOpen: z.array(PresenterAction),
});
export type PresenterDay = z.infer<typeof PresenterDay>;

export const PresenterClosing = z.object({
  /** Null until a recommendation is recorded on the path to ship. */
  recommendation: z.object({ decision: z.string(), rationale: z.string(), conditions: z.array(z.string()) }).nullable(),
  /** The first cost scenario's headline figures; null with no scenario. */
  money: z.object({ subtitle: z.string(), figures: z.array(z.object({ label: z.string(), value: z.string() })), caption: z.string() }).nullable(),
  /** What happens next: the week's open actions, with owner and due day, and its decisions. */
  followUp: z.object({ actions: z.array(FollowUpRow), decisions: z.array(FollowUpRow) }),
});
export type PresenterClosing = z.infer<typeof PresenterClosing>;

export const PresenterData = z.object({ days: z.array(PresenterDay), closing: PresenterClosing });
export type PresenterData = z.infer<typeof PresenterData>;

export function buildPresenterData(data: ReportData): PresenterData {
  const options = { redactNames: false };
  const days = Array.from({ length: data.engagement.dayCount }, (_, i): PresenterDay => {
    const readout = buildDailyReadout(data, i + 1, options);
    return { day: i + 1, decisions: readout.decisions, risks: readout.risks, actions: readout.actions, stillOpen: readout.stillOpen };
  });
  const deck = buildReadoutDeck(data, options, { kind: 'week' });
  let recommendation: PresenterClosing['recommendation'] = null;
  let money: PresenterClosing['money'] = null;
  for (const slide of deck.slides) {
    if (slide.kind === 'recommendation') recommendation = { decision: slide.decision, rationale: slide.rationale, conditions: slide.conditions };
    if (slide.kind === 'figures' && money === null) money = { subtitle: slide.subtitle, figures: slide.figures, caption: slide.caption };
  }
  const week = weekFollowUp(data, (text) => text);
  const row = ({ ref, text, owner, due, status, overdue }: FollowUpLine) => ({ ref, text, owner, due, status, overdue });
  const followUp = { actions: week.actions.filter((a) => a.status === ITEM_STATUS_LABELS.open).map(row), decisions: week.decisions.map(row) };
  return { days, closing: { recommendation, money, followUp } };
}
