import { z } from 'zod';
import { AUDIT_AREAS } from './audit-areas';
import { Id, refuseControlCharacters } from './common';
import { MAX_DAYS } from './limits';
import { NoteVisibility } from './note';

/*
 * Room mode: the laptop hosts a page on the local network for the people in the room (phones) and
 * a scribe seat for a second facilitator. These are the shapes the window, the core and the two
 * pages share. What a phone may ever receive is RoomPublicState and nothing else (docs/room-security.md).
 */

/** A note sent from a phone or the scribe seat: short, as typed on a phone. */
export const MAX_ROOM_NOTE_LENGTH = 2000;
/** Dots each device may spread over the findings open for voting. */
export const ROOM_DOTS_PER_DEVICE = 3;
export const READINESS_SCORES = [1, 2, 3, 4, 5] as const;

const RoomNoteText = refuseControlCharacters(
  z
    .string()
    .max(MAX_ROOM_NOTE_LENGTH, { message: `A note from the room can hold at most ${MAX_ROOM_NOTE_LENGTH} characters.` })
    .refine((t) => t.trim().length > 0, { message: 'An empty note is not sent.' }),
  'The note',
);
/** A resend of the same note carries the same key, so it is stored once. */
const ClientKey = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { message: 'Each note needs a key of 16 to 64 letters, digits, - or _.' });
const SenderName = refuseControlCharacters(z.string().trim().min(1).max(60), 'The name');

// Bodies the pages send: strict, so an unknown field is refused rather than ignored.
export const RoomJoinBody = z.strictObject({ code: z.string().min(1).max(100), name: SenderName.nullable() });
export const RoomNoteBody = z.strictObject({ key: ClientKey, text: RoomNoteText, anonymous: z.boolean() });
export const RoomVoteBody = z.strictObject({ findingId: Id, dots: z.number().int().min(0).max(ROOM_DOTS_PER_DEVICE) });
export const RoomRatingBody = z.strictObject({ area: z.enum(AUDIT_AREAS), score: z.number().int().min(1).max(5) });
export const ScribeNoteBody = z.strictObject({ key: ClientKey, text: RoomNoteText, private: z.boolean() });

/** Everything a phone ever receives: the prompt and the titles of client-visible findings open for voting. */
export const RoomPublicState = z.object({
  prompt: z.string(),
  voting: z.array(z.object({ id: Id, title: z.string() })),
  dotsPerDevice: z.number().int(),
});
export type RoomPublicState = z.infer<typeof RoomPublicState>;

export const RoomInterface = z.object({ name: z.string(), address: z.string() });
export type RoomInterface = z.infer<typeof RoomInterface>;

/** How many devices gave each score, 1 to 5, per area. */
export const RatingDistribution = z.array(z.number().int().min(0)).length(5);

export const RoomStatus = z.discriminatedUnion('running', [
  z.object({ running: z.literal(false), stoppedBecause: z.string().nullable() }),
  z.object({
    running: z.literal(true),
    engagementId: Id,
    sessionId: Id,
    day: z.number().int().min(1).max(MAX_DAYS),
    participantUrl: z.string(),
    /** The address a person types: host and port, without the code. */
    shortAddress: z.string(),
    joinCode: z.string(),
    /** The participant link with its code, as an SVG QR code for the projector. */
    qrSvg: z.string(),
    scribeUrl: z.string(),
    /** SHA-256 of the scribe seat's certificate, for the scribe to compare with what the browser shows. */
    fingerprint: z.string(),
    prompt: z.string(),
    devices: z.number().int().min(0),
    inboxCount: z.number().int().min(0),
    votes: z.array(z.object({ findingId: Id, title: z.string(), dots: z.number().int().min(0) })),
    ratings: z.record(z.enum(AUDIT_AREAS), RatingDistribution),
    /** Goes up with each note the scribe seat saves, so Capture knows to reload its day. */
    scribeNotes: z.number().int().min(0),
  }),
]);
export type RoomStatus = z.infer<typeof RoomStatus>;
export type RunningRoom = Extract<RoomStatus, { running: true }>;

export const RoomStartInput = z.strictObject({
  engagementId: Id,
  sessionId: Id,
  /** The address to listen on, one of room:interfaces (127.0.0.1 included). */
  address: z.string().min(1).max(100),
});

export const InboxItem = z.object({
  id: Id,
  engagementId: Id,
  day: z.number().int().min(1).max(MAX_DAYS),
  sessionId: Id.nullable(),
  text: z.string(),
  /** The name the sender gave; null when they chose to send anonymously. */
  senderName: z.string().nullable(),
  receivedAt: z.string(),
});
export type InboxItem = z.infer<typeof InboxItem>;

export const InboxAcceptInput = z.strictObject({
  id: Id,
  /** The text as the facilitator left it (markers included); the sender's text when unchanged. */
  text: z.string().max(MAX_ROOM_NOTE_LENGTH * 2),
  visibility: NoteVisibility.default('client'),
});
