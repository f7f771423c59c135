import { useMemo, useState, type KeyboardEvent } from 'react';
import { activeToken, checkMarkers, isCompleteMarker, suggestions, type MarkerParticipant, type Suggestion } from '../../../shared/capture/markers';

/**
 * The marker being typed and its suggestions, and the markers elsewhere in the text that name
 * nothing. `onKey` handles the suggestion keys (arrows, Enter or Tab to accept, Escape) and says
 * whether it did.
 */
export function useMarkerSuggestions(text: string, caret: number, people: readonly MarkerParticipant[], knownTags: readonly string[], asking: boolean) {
  /** The suggestion the user moved to with the arrow keys; null until they do. */
  const [chosen, setChosen] = useState<number | null>(null);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const checked = useMemo(() => checkMarkers(text, people), [text, people]);
  const unresolved = checked.filter((m) => m.status !== 'recognised');
  const token = activeToken(text, caret);
  const options: Suggestion[] = token && !asking && dismissedAt !== token.start ? suggestions(token, people, knownTags) : [];
  // A marker that already reads as one thing offers its completion to Enter; an ambiguous one waits for a choice.
  const tokenReadsAsOne = token !== null && checked.some((m) => m.start === token.start && m.status === 'recognised');
  const highlight = options.length === 0 ? null : chosen !== null ? Math.min(chosen, options.length - 1) : tokenReadsAsOne ? 0 : null;
  // The marker being typed shows its choices in the suggestions; the others are listed below the box.
  const warnings = options.length > 0 && token ? unresolved.filter((m) => m.start !== token.start) : unresolved;

  const dismiss = () => setDismissedAt(token?.start ?? null);

  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>, accept: (option: Suggestion) => void): boolean => {
    if (options.length === 0) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      setChosen(highlight === null ? (down ? 0 : options.length - 1) : (highlight + (down ? 1 : options.length - 1)) % options.length);
      return true;
    }
    // Enter takes a suggestion the user moved to, or completes a marker that reads as one thing but is not
    // whole yet; a complete marker lets Enter save, so a fast typist never has a note swallowed by a suggestion.
    const completes = chosen !== null || (highlight !== null && token !== null && !isCompleteMarker(token.type, token.query, people));
    if ((event.key === 'Enter' && !event.shiftKey && completes) || event.key === 'Tab') {
      event.preventDefault();
      accept(options[highlight ?? 0]!);
      return true;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      dismiss();
      return true;
    }
    return false;
  };

  return { token, options, highlight, unresolved, warnings, onKey, dismiss, resetChoice: () => setChosen(null) };
}
