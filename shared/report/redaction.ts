import { PARTICIPANT_FUNCTION_LABELS, type Participant } from '../domain/participant';

export type Redact = (text: string) => string;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Operator 2": the function and the participant's number among those of that function. */
export function functionAliases(participants: readonly Participant[]): Map<string, string> {
  const sorted = [...participants].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const p of sorted) totals.set(p.function, (totals.get(p.function) ?? 0) + 1);
  const aliases = new Map<string, string>();
  for (const p of sorted) {
    const n = (counts.get(p.function) ?? 0) + 1;
    counts.set(p.function, n);
    const label = PARTICIPANT_FUNCTION_LABELS[p.function];
    aliases.set(p.id, (totals.get(p.function) ?? 0) > 1 ? `${label} ${n}` : label);
  }
  return aliases;
}

/**
 * A function that replaces every participant's full name, and each part of it of three letters
 * or more, by their alias wherever it stands as a word. Longer names go first so "Ana Lopez"
 * becomes one alias, not two. Without redaction, text passes unchanged.
 */
export function createRedactor(participants: readonly Participant[], enabled: boolean): Redact {
  if (!enabled || participants.length === 0) return (text) => text;
  const aliases = functionAliases(participants);
  const replacements: [string, string][] = [];
  for (const p of participants) {
    const alias = aliases.get(p.id)!;
    const full = p.name.trim();
    if (full) replacements.push([full, alias]);
    for (const part of full.split(/\s+/u)) if (part.length >= 3 && part !== full) replacements.push([part, alias]);
  }
  replacements.sort((a, b) => b[0].length - a[0].length);
  const byLower = new Map<string, string>();
  for (const [name, alias] of replacements) if (!byLower.has(name.toLowerCase())) byLower.set(name.toLowerCase(), alias);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...byLower.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text) => text.replace(pattern, (match) => byLower.get(match.toLowerCase()) ?? match);
}
