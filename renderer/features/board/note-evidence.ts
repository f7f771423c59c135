/**
 * What to ask before a note that is evidence is deleted, or null when no finding cites it. The
 * capture screen gets the list from the store's findingsForNote. Deleting the note then drops it
 * from every finding's evidence (deleted notes are left out), and undoing the deletion brings it back.
 */
export function evidenceDeleteQuestion(ref: string, citing: readonly { title: string }[]): string | null {
  if (citing.length === 0) return null;
  const names = citing.slice(0, 3).map((f) => `“${f.title}”`).join(', ');
  const more = citing.length > 3 ? ` and ${citing.length - 3} more` : '';
  return `Note ${ref} is evidence for ${citing.length === 1 ? 'the finding' : `${citing.length} findings`} ${names}${more}. Delete it and unlink it from ${citing.length === 1 ? 'that finding' : 'them'}?`;
}
