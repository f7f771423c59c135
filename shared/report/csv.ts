/** The byte order mark that makes spreadsheet programs read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell a spreadsheet would treat as a formula is prefixed with a single quote, so opening the
 * file never runs what a participant said.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number;
}

/** RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted; UTF-8 with a BOM. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => quote(neutraliseFormula(c))).join(',');
  const lines = [line(columns.map((c) => c.header)), ...rows.map((row) => line(columns.map((c) => String(c.value(row)))))];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
