import type { SaveStatus } from './use-autosave';

const TEXT: Record<Exclude<SaveStatus['kind'], 'failed'>, string> = {
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  invalid: 'Not saved: correct the field marked in red',
};

/** Says truthfully whether what is on screen is stored. */
export function SaveStatusIndicator(props: { status: SaveStatus; onRetry: () => void }) {
  const { status } = props;
  return (
    <p className={`save-status save-status-${status.kind}`} role="status" aria-live="polite">
      {status.kind === 'failed' ? (
        <>
          Not saved: {status.message}{' '}
          <button type="button" className="link-button" onClick={props.onRetry}>
            Try again
          </button>
        </>
      ) : (
        TEXT[status.kind]
      )}
    </p>
  );
}
