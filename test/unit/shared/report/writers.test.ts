import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseFormula, toCsv, UTF8_BOM } from '../../../../shared/report/csv';
import { findingsCsv } from '../../../../shared/report/findings-export';
import { escapeMarkdown } from '../../../../shared/report/markdown';
import { DEFAULT_REPORT_OPTIONS } from '../../../../shared/report/report-inputs';
import { buildReport } from '../../../../shared/report/report-model';
import { notesCsv, notesMarkdown } from '../../../../shared/report/notes-export';
import { createRedactor } from '../../../../shared/report/redaction';
import { FINDINGS, NOTES, SECRET_TEXT, DELETED_TEXT, PARTICIPANTS, reportData } from './report-fixture';

/** A strict RFC 4180 reader: fails on a bare quote in an unquoted field or text after a closing quote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const field = (): string => {
    if (text[i] === '"') {
      let out = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            out += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else out += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
      return out;
    }
    let out = '';
    while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
      if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      out += text[i++];
    }
    return out;
  };
  while (i < text.length) {
    row.push(field());
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.slice(i, i + 2) !== '\r\n') throw new Error(`expected CRLF at ${i}`);
    i += 2;
    rows.push(row);
    row = [];
  }
  return rows;
}

describe('CSV writer', () => {
  it('starts with a BOM and round-trips any text through a strict parse, formulas neutralised', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 8 }), (pairs) => {
        const csv = toCsv([{ header: 'a', value: (r: [string, string]) => r[0] }, { header: 'b', value: (r: [string, string]) => r[1] }], pairs);
        expect(csv.startsWith(UTF8_BOM)).toBe(true);
        const rows = parseCsv(csv.slice(1));
        expect(rows).toEqual([['a', 'b'], ...pairs.map(([a, b]) => [neutraliseFormula(a), neutraliseFormula(b)])]);
      }),
    );
  });

  it('prefixes cells a spreadsheet would run as formulas with a single quote', () => {
    for (const cell of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx']) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['plain', ' =not first', '', '1-2']) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('exports client-visible notes only, quoting commas, quotes and line breaks', () => {
    const csv = notesCsv(NOTES, '2026-03-02', (t) => t);
    expect(csv).not.toContain(SECRET_TEXT);
    expect(csv).not.toContain(DELETED_TEXT);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Ref', 'Day', 'Time', 'Speaker', 'Kind', 'Area', 'Note']);
    expect(rows.map((r) => r[0])).toEqual(['Ref', 'D1-001', 'D1-002', 'D2-001', 'D3-001']);
    expect(rows[2]![6]).toBe(`'=HYPERLINK("http://evil","click") who owns the model?`);
    expect(rows[3]![6]).toBe('# Not a heading\n* not a list\n<script>alert(1)</script>');
  });
});

describe('findings CSV', () => {
  it('lists findings by area with only client-visible evidence, redacted when asked', () => {
    const report = buildReport(reportData({ findings: FINDINGS }), { ...DEFAULT_REPORT_OPTIONS, redactNames: true });
    const rows = parseCsv(findingsCsv(report.chapters.flatMap((c) => c.findings)).slice(1));
    expect(rows[0]).toEqual(['Area', 'Severity', 'Finding', 'Detail', 'Evidence']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4]])).toEqual([
      ['Problem fit', 'Low', ''],
      ['Approach', 'High', 'D3-001'],
      ['Production requirements', 'Critical', 'D1-001 D2-001'],
    ]);
    expect(rows[3]![2]).toBe('One person, Operator 1, handles every exception');
  });
});

describe('Markdown writer', () => {
  it('escapes everything Markdown or HTML could act on', () => {
    expect(escapeMarkdown('# h\n* li\n1. n <b>x</b> [l](u) `c` _e_ |t|')).toBe(
      '\\# h  \n\\* li  \n1\\. n \\<b\\>x\\</b\\> \\[l\\]\\(u\\) \\`c\\` \\_e\\_ \\|t\\|',
    );
  });

  it('writes client-visible notes by day, redacted when asked', () => {
    const md = notesMarkdown('Notes', NOTES, '2026-03-02', createRedactor(PARTICIPANTS, true));
    expect(md).not.toContain(SECRET_TEXT.replace(/-/g, '\\-'));
    expect(md).not.toMatch(/Maria|Jonas|Priya/);
    expect(md).toContain('## Day 1 · Mon 2 Mar');
    expect(md).toContain('\\<script\\>alert\\(1\\)\\</script\\>');
  });
});
