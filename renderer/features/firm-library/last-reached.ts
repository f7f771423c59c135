/** When the library last answered, in words for the offline state ("never", or a date and time). */
export function lastReachedText(at: string | null): string {
  if (!at) return 'The firm library has not been reached from this laptop yet.';
  const when = new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return `The firm library was last reached on ${when}.`;
}
