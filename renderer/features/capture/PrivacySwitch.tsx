import { SegmentedControl, type SegmentOption } from '../../components/SegmentedControl';
import type { PrivacyMode } from '../../../shared/capture/capture-privacy';

const OPTIONS: readonly SegmentOption<PrivacyMode>[] = [
  { value: 'client', label: 'Client-visible', symbol: '○', tone: 'neutral' },
  { value: 'this-note', label: 'Facilitator only: this note', symbol: '◐', tone: 'warning' },
  { value: 'keep', label: 'Keep private', symbol: '●', tone: 'warning' },
];

/** What a screen reader hears when the mode changes, from the switch or the shortcut. */
const SPOKEN: Record<PrivacyMode, string> = {
  client: 'Notes are client-visible.',
  'this-note': 'The next note is facilitator-only; then the box goes back to client-visible.',
  keep: 'Keep private is on: every note is facilitator-only until you turn it off.',
};

/** Who may see the next note: the client, the facilitator for one note, or the facilitator until turned off. */
export function PrivacySwitch({ mode, onChange }: { mode: PrivacyMode; onChange: (mode: PrivacyMode) => void }) {
  return (
    <>
      <SegmentedControl label="Who may see the note" hideLabel options={OPTIONS} value={mode} onChange={onChange} />
      <p className="sr-only" role="status" aria-live="polite">
        {SPOKEN[mode]}
      </p>
    </>
  );
}

/** Shown for as long as "keep private" is on, so a stretch of private notes is never forgotten. */
export function KeepPrivateBanner({ onTurnOff }: { onTurnOff: () => void }) {
  return (
    <div className="keep-private-banner" data-testid="keep-private-banner">
      <span className="keep-private-badge">Private</span>
      <p>
        <strong>Keep private is on.</strong> Every note you save is facilitator-only until you turn it off.
      </p>
      <button type="button" className="btn btn-secondary" onClick={onTurnOff}>
        Turn off keep private
      </button>
    </div>
  );
}
