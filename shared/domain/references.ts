/*
 * The short references reports cite: notes D3-012 (the day, then the note's number that day),
 * findings F3. The client only ever sees client numbers, so nothing the client never saw may use
 * one up: an item takes its client number the first time it is client-visible (when it is created
 * so, or when a facilitator-only item is made client-visible) and keeps it for good, even if it is
 * made facilitator-only again or deleted. Until then it carries a facilitator-only reference from
 * a series of its own, D3-P01 or P1, which no client output can show because the item is private.
 */

import type { NoteVisibility } from './note';

/** One numbering: every reference in it is its prefix followed by a number counted from 1. */
export interface RefSeries {
  /** "D3-", "D3-P", "F" or "P". */
  prefix: string;
  /** Numbers are zero-padded to this many digits, so a series sorts as it reads. */
  digits: number;
  /** Whether the series numbers what the client may see. */
  client: boolean;
}

export function noteSeries(day: number, visibility: NoteVisibility): RefSeries {
  return visibility === 'client' ? { prefix: `D${day}-`, digits: 3, client: true } : { prefix: `D${day}-P`, digits: 2, client: false };
}

export function findingSeries(visibility: NoteVisibility): RefSeries {
  return visibility === 'client' ? { prefix: 'F', digits: 1, client: true } : { prefix: 'P', digits: 1, client: false };
}

export function formatRef(series: RefSeries, sequence: number): string {
  return `${series.prefix}${String(sequence).padStart(series.digits, '0')}`;
}

const PATTERNS: readonly { pattern: RegExp; series: (match: RegExpExecArray) => RefSeries }[] = [
  { pattern: /^D(\d{1,2})-(\d+)$/, series: (m) => noteSeries(Number(m[1]), 'client') },
  { pattern: /^D(\d{1,2})-P(\d+)$/, series: (m) => noteSeries(Number(m[1]), 'facilitator') },
  { pattern: /^F()(\d+)$/, series: () => findingSeries('client') },
  { pattern: /^P()(\d+)$/, series: () => findingSeries('facilitator') },
];

/** The series a reference belongs to and its number there; null for text that is no reference. */
export function parseRef(ref: string): { series: RefSeries; sequence: number } | null {
  for (const { pattern, series } of PATTERNS) {
    const match = pattern.exec(ref);
    if (match) return { series: series(match), sequence: Number(match[2]) };
  }
  return null;
}

export function isClientRef(ref: string): boolean {
  return parseRef(ref)?.series.client === true;
}

/** Client references first, each series in number order: how lists of references read. */
export function compareRefs(a: string, b: string): number {
  const pa = parseRef(a);
  const pb = parseRef(b);
  if (!pa || !pb) return a.localeCompare(b);
  if (pa.series.client !== pb.series.client) return pa.series.client ? -1 : 1;
  return pa.series.prefix.localeCompare(pb.series.prefix) || pa.sequence - pb.sequence;
}

/** A note's reference as an archive may hold it. */
export const NOTE_REF_PATTERN = /^D\d{1,2}-(\d{3,6}|P\d{2,6})$/;
/** A finding's reference as an archive or the database holds it. */
export const FINDING_REF_PATTERN = /^[FP][1-9]\d{0,5}$/;
