/**
 * A short fingerprint of a text (64 bits as 16 hex digits, two independent 32-bit FNV-1a-style
 * lanes over the UTF-16 code units). It tells "the same list as before" from "a changed list";
 * it is not a defence against anyone forging a collision, and nothing relies on that.
 */
export function digestText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
