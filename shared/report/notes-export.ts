import type { Note } from '../domain/note';
import { clientVisibleNotes } from './client-visible';
import { toCsv, type CsvColumn } from './csv';
import { escapeMarkdown } from './markdown';
import { dayLabel, sortNotes, toEvidenceEntry } from './report-model';
import type { EvidenceEntry } from './report-schema';
import type { Redact } from './redaction';

const NOTE_COLUMNS: readonly CsvColumn<EvidenceEntry>[] = [
  { header: 'Ref', value: (n) => n.ref },
  { header: 'Day', value: (n) => n.day },
  { header: 'Time', value: (n) => n.time },
  { header: 'Speaker', value: (n) => n.speaker },
  { header: 'Kind', value: (n) => n.kind },
  { header: 'Area', value: (n) => n.area },
  { header: 'Note', value: (n) => n.text },
];

function entries(notes: readonly Note[], weekStart: string, redact: Redact): EvidenceEntry[] {
  return sortNotes(clientVisibleNotes(notes)).map((n) => toEvidenceEntry(n, weekStart, redact));
}

export function notesCsv(notes: readonly Note[], weekStart: string, redact: Redact): string {
  return toCsv(NOTE_COLUMNS, entries(notes, weekStart, redact));
}

export function notesMarkdown(title: string, notes: readonly Note[], weekStart: string, redact: Redact): string {
  const list = entries(notes, weekStart, redact);
  const lines = [`# ${escapeMarkdown(title)}`, ''];
  if (list.length === 0) lines.push('No client-visible note was captured.', '');
  let day = 0;
  for (const n of list) {
    if (n.day !== day) {
      day = n.day;
      lines.push(`## ${escapeMarkdown(dayLabel(weekStart, day))}`, '');
    }
    lines.push(`**${escapeMarkdown(n.ref)}** · ${escapeMarkdown(n.time)} · ${escapeMarkdown(n.speaker)} · ${escapeMarkdown(n.kind)}  `, escapeMarkdown(n.text), '');
  }
  return lines.join('\n');
}
