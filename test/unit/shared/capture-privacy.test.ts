import { describe, expect, it } from 'vitest';
import { afterSend, nextPrivacyMode, privacyMode, withPrivacyMode, type PrivacyMode } from '../../../shared/capture/capture-privacy';
import type { CaptureDraft } from '../../../shared/domain/note';

const fresh: CaptureDraft['context'] = { day: 2, sessionId: null, visibility: 'client', keepPrivate: false };

describe('the capture box’s privacy', () => {
  it('a private choice for one note is spent once the note is sent; the rest of the context stays', () => {
    const once = withPrivacyMode(fresh, 'this-note');
    expect(once).toEqual({ ...fresh, visibility: 'facilitator', keepPrivate: false });
    expect(afterSend(once)).toEqual(fresh);
  });

  it('keep private lasts through any number of notes until turned off', () => {
    const kept = withPrivacyMode(fresh, 'keep');
    expect(kept).toEqual({ ...fresh, visibility: 'facilitator', keepPrivate: true });
    expect(afterSend(afterSend(kept))).toEqual(kept);
    expect(privacyMode(withPrivacyMode(kept, 'client'))).toBe('client');
    expect(withPrivacyMode(kept, 'client')).toEqual(fresh);
  });

  it('a client-visible box stays client-visible', () => {
    expect(afterSend(fresh)).toEqual(fresh);
  });

  it('the shortcut steps client → this note → keep private → client', () => {
    const seen: PrivacyMode[] = [];
    let mode: PrivacyMode = 'client';
    for (let i = 0; i < 3; i++) seen.push((mode = nextPrivacyMode(mode)));
    expect(seen).toEqual(['this-note', 'keep', 'client']);
  });
});
