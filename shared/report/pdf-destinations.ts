/*
 * Reads where a printed PDF put the elements its internal links point at. Chromium writes every
 * link target as a named destination (`/name [12 0 R /XYZ …]` in the catalog's /Dests) and the
 * pages as a tree of /Kids under /Pages; neither sits in a compressed stream. So the page of a
 * heading the table of contents links to is read back from the first print, for the second.
 */

/** The body of each `N 0 obj … endobj`, by object number. */
function objects(text: string): Map<number, string> {
  const found = new Map<number, string>();
  const pattern = /(\d+) 0 obj\b([\s\S]*?)\bendobj/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.set(Number(match[1]), match[2]!);
  return found;
}

function reference(body: string, key: string): number | null {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(body);
  return match ? Number(match[1]) : null;
}

/** Page objects in reading order: the page tree walked depth first. */
function pagesInOrder(all: Map<number, string>, node: number, seen = new Set<number>()): number[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const body = all.get(node) ?? '';
  const kids = /\/Kids \[([^\]]*)\]/.exec(body);
  if (!kids) return /\/Type \/Page\b/.test(body) ? [node] : [];
  return [...kids[1]!.matchAll(/(\d+) 0 R/g)].flatMap((kid) => pagesInOrder(all, Number(kid[1]), seen));
}

/** One character per byte: the structure of a PDF is ASCII, and offsets stay those of the bytes. */
function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 8192) text += String.fromCharCode(...bytes.subarray(at, at + 8192));
  return text;
}

/** Named destination → the 1-based number of the page it is on. Names the PDF does not hold are absent. */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const text = latin1(pdf);
  const all = objects(text);
  const catalog = [...all.values()].find((body) => /\/Type \/Catalog\b/.test(body));
  const pagesRoot = catalog ? reference(catalog, 'Pages') : null;
  const destsObject = catalog ? reference(catalog, 'Dests') : null;
  const result = new Map<string, number>();
  if (pagesRoot === null || destsObject === null) return result;
  const pageNumber = new Map(pagesInOrder(all, pagesRoot).map((object, index) => [object, index + 1]));
  for (const match of (all.get(destsObject) ?? '').matchAll(/\/([^\s/[\]<>()]+)\s*\[(\d+) 0 R/g)) {
    const page = pageNumber.get(Number(match[2]));
    if (page !== undefined) result.set(match[1]!.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), page);
  }
  return result;
}
