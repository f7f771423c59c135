import type { CaptureDraft } from '../domain/note';

type CaptureContext = CaptureDraft['context'];

/**
 * Who the next note is for: the client, the facilitator for this one note (the box then goes back
 * to client-visible), or the facilitator for every note until "keep private" is turned off.
 */
export const PRIVACY_MODES = ['client', 'this-note', 'keep'] as const;
export type PrivacyMode = (typeof PRIVACY_MODES)[number];

export function privacyMode(context: CaptureContext): PrivacyMode {
  if (context.visibility === 'client') return 'client';
  return context.keepPrivate ? 'keep' : 'this-note';
}

export function withPrivacyMode(context: CaptureContext, mode: PrivacyMode): CaptureContext {
  return { ...context, visibility: mode === 'client' ? 'client' : 'facilitator', keepPrivate: mode === 'keep' };
}

/** The box once a note has been sent: a one-note private choice is spent, a kept one lasts. */
export function afterSend(context: CaptureContext): CaptureContext {
  return privacyMode(context) === 'this-note' ? withPrivacyMode(context, 'client') : context;
}

/** The keyboard shortcut steps client → this note → keep private → client. */
export function nextPrivacyMode(mode: PrivacyMode): PrivacyMode {
  return PRIVACY_MODES[(PRIVACY_MODES.indexOf(mode) + 1) % PRIVACY_MODES.length]!;
}
