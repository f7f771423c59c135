const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/**
 * Backslashes the inline marks that could act where they stand, and no other: "D1-001", "2.6 min"
 * and "e.g." stay as typed. `text` is the whole paragraph, since a link or an emphasis can span
 * its lines.
 */
function escapeInline(text: string): string {
  const tildes = (text.match(/~/g) ?? []).length;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    const acts =
      c === '\\' ||
      c === '`' ||
      c === '|' ||
      // Emphasis: a star between spaces ("2 * 3") and an underscore inside a word ("file_name") stay text.
      (c === '*' && !(SPACE.test(before) && SPACE.test(after))) ||
      (c === '_' && !(WORD.test(before) && WORD.test(after))) ||
      // A link, an image or a reference needs a closing bracket after the opening one.
      (c === '[' && text.includes(']', i)) ||
      (c === '<' && /[A-Za-z/!?]/.test(after)) ||
      (c === '&' && /^&#?[A-Za-z0-9]+;/.test(text.slice(i))) ||
      // GitHub strikes through between two tildes.
      (c === '~' && tildes > 1);
    out += acts ? `\\${c}` : c;
  }
  return out;
}

/** A mark at the start of a line that would make it a heading, quote, list item, rule or underline. */
function escapeLineStart(line: string): string {
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  if (/^(#{1,6}(\s|$)|>|[-+*](\s|$)|[-=]+\s*$)/.test(line)) return `\\${line}`;
  // A heading drops a closing run of '#' after a space.
  return line.replace(/(\s)(#+\s*)$/u, '$1\\$2');
}

/**
 * Text for Markdown that reads literally: what Markdown or inline HTML would act on is
 * backslash-escaped, the rest is left as typed, and line breaks stay line breaks inside the
 * same paragraph.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => escapeLineStart(line.trimStart()))
    .join('  \n');
}
