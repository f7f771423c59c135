import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutraliseFormula, toCsv, UTF8_BOM } from '../../../../shared/report/csv';
import { findingsCsv } from '../../../../shared/report/findings-export';
import { escapeMarkdown } from '../../../../shared/report/markdown';
import { notesCsv, notesMarkdown } from '../../../../shared/report/notes-export';
import { createRedactor } from '../../../../shared/report/redaction';
import { missingTools } from '../../helpers/external-tools';
import { aFinding } from '../board/finding-fixtures';
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
  const [f1, f2, f3] = FINDINGS;
  const findings = [
    { ...f1!, ownerId: PARTICIPANTS[1]!.id, votes: 3, status: 'validated' as const, recommendation: '=HYPERLINK("http://evil") train a second reviewer,\nthen Jonas Keller rests' },
    { ...f2!, kind: 'gap' as const, confidence: 'high' as const, ownerId: '00000000-0000-4000-8000-00000000dead' },
    f3!,
    aFinding({ ref: 'P4', title: 'PRIVATE finding', visibility: 'facilitator', severity: 'critical' }),
    aFinding({ ref: 'F5', title: 'DROPPED finding', status: 'dropped', severity: 'critical' }),
  ];
  const data = reportData({ findings });
  const HEADER = ['Ref', 'Day', 'Area', 'Kind', 'Severity', 'Confidence', 'Status', 'Owner', 'Votes', 'Evidence', 'Title', 'Details', 'Recommendation'];

  it('has one row per client-visible finding in the report’s order, with what matches it to the report and the board', () => {
    const rows = parseCsv(findingsCsv(data, (t) => t).slice(1));
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1).map((r) => r.slice(0, 10))).toEqual([
      ['F1', '1', 'Production requirements', 'Risk', 'Critical', 'Medium', 'Validated', 'Jonas Keller', '3', 'D1-001 D2-001'],
      // An owner no longer among the participants is left blank; the deleted note D2-003 is not cited.
      ['F2', '3', 'Approach', 'Gap', 'High', 'High', 'Open', '', '0', 'D3-001'],
      ['F3', '2', 'Problem fit', 'Risk', 'Low', 'Medium', 'Open', '', '0', ''],
    ]);
    expect(rows[1]!.slice(10)).toEqual([
      'One person, Maria Schmidt, handles every exception',
      'No cover, no runbook.',
      `'=HYPERLINK("http://evil") train a second reviewer,\nthen Jonas Keller rests`,
    ]);
    expect(rows[3]!.slice(10)).toEqual(['Value **not** quantified', '[link](http://x)', '']);
  });

  it('replaces names by function in texts and owners when asked', () => {
    const csv = findingsCsv(data, createRedactor(PARTICIPANTS, true));
    expect(csv).not.toMatch(/Maria|Schmidt|Jonas|Keller|Priya/);
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]![7]).toBe('Operator 2');
    expect(rows[1]![10]).toBe('One person, Operator 1, handles every exception');
    expect(rows[1]![12]).toMatch(/then Operator 2 rests$/);
  });

  it('reads back the same with Python’s csv module', (ctx) => {
    const missing = missingTools('Findings.csv as Python’s csv module reads it', 'python3');
    if (missing) ctx.skip(missing);
    const csv = findingsCsv(data, (t) => t);
    const read = "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8-sig', newline='')))))";
    const rows = JSON.parse(execFileSync('python3', ['-c', read], { input: csv, encoding: 'utf8' })) as string[][];
    expect(rows).toEqual(parseCsv(csv.slice(1)));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === HEADER.length)).toBe(true);
  });
});

describe('Markdown writer', () => {
  it('leaves ordinary text as typed', () => {
    const ordinary = [
      'D1-001 took 2.6 min, e.g. on scans (about 40 %)! "Yes" - said Ana; cost: €3.20 + VAT = total.',
      '2 * 3 = 6, file_name.csv, R&D, a < b, a > b, #hashtag, C# and F#, ~5 min, 100% {ok}',
      '-5 °C at 07:00; see D2-014/D2-015.',
    ];
    for (const text of ordinary) expect(escapeMarkdown(text)).toBe(text);
  });

  it('escapes what would become Markdown structure, inline marks or HTML', () => {
    const cases: [string, string][] = [
      ['# Not a heading\n* not a list\n<script>alert(1)</script>', '\\# Not a heading  \n\\* not a list  \n\\<script>alert(1)\\</script>'],
      ['> quoted', '\\> quoted'],
      ['- item\n+ item\n  * item', '\\- item  \n\\+ item  \n\\* item'],
      ['1. one\n2) two\n2026. A year', '1\\. one  \n2\\) two  \n2026\\. A year'],
      ['Title\n---\nTitle\n===', 'Title  \n\\---  \nTitle  \n\\==='],
      ['**bold**, _em_ and `code`', '\\*\\*bold\\*\\*, \\_em\\_ and \\`code\\`'],
      ['[link](http://x) and ![img](y) and [ref]', '\\[link](http://x) and !\\[img](y) and \\[ref]'],
      ['<b>x</b> <!-- c --> <http://x> &amp; &#65;', '\\<b>x\\</b> \\<!-- c --> \\<http://x> \\&amp; \\&#65;'],
      ['| a | b |', '\\| a \\| b \\|'],
      ['~~struck~~', '\\~\\~struck\\~\\~'],
      ['Heading closer #', 'Heading closer \\#'],
      ['back\\slash', 'back\\\\slash'],
      // Four spaces would make a code block; the indent is dropped instead.
      ['    indented', 'indented'],
    ];
    for (const [text, escaped] of cases) expect(escapeMarkdown(text), text).toBe(escaped);
  });

  it('writes client-visible notes by day, redacted when asked, with references and numbers as typed', () => {
    const md = notesMarkdown('Notes', NOTES, '2026-03-02', createRedactor(PARTICIPANTS, true));
    expect(md).not.toContain(SECRET_TEXT);
    expect(md).not.toContain(DELETED_TEXT);
    expect(md).not.toMatch(/Maria|Jonas|Priya/);
    expect(md).toContain('## Day 1 · Mon 2 Mar');
    expect(md).toMatch(/\*\*D3-001\*\* · \d\d:\d\d · Operator 1 · Quote  \n/);
    expect(md).toContain('\nAccuracy on the demo set was 97 %, on last month’s mail 81 %, said Sponsor.\n');
    expect(md).toContain('\\# Not a heading  \n\\* not a list  \n\\<script>alert(1)\\</script>');
  });
});
