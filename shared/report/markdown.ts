/**
 * Text for Markdown that reads literally: every character Markdown or inline HTML could act on
 * is backslash-escaped (a leading "1." or "#" included), and line breaks stay line breaks
 * inside the same paragraph.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, (c) => `\\${c}`)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimStart())
    .join('  \n');
}
