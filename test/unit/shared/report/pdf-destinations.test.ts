import { describe, expect, it } from 'vitest';
import { destinationPages } from '../../../../shared/report/pdf-destinations';

const bytes = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

/** The skeleton Chromium writes: a catalog, a nested page tree, and the named destinations of link targets. */
const PDF = `%PDF-1.4
1 0 obj
<</Type /Catalog
/Pages 2 0 R
/Dests 9 0 R>>
endobj
2 0 obj
<</Type /Pages
/Kids [3 0 R 4 0 R]
/Count 3>>
endobj
3 0 obj
<</Type /Page
/Parent 2 0 R>>
endobj
4 0 obj
<</Type /Pages
/Kids [6 0 R 5 0 R]>>
endobj
5 0 obj
<</Type /Page>>
endobj
6 0 obj
<</Type /Page>>
endobj
9 0 obj
<</toc-summary [6 0 R /XYZ 0 800 0]
/toc-area-1 [5 0 R /XYZ 0 400 0]
/note#2DD1#2D001 [3 0 R /XYZ 0 10 0]
/gone [77 0 R /XYZ 0 0 0]>>
endobj
%%EOF`;

describe('destinationPages', () => {
  it('reads each link target’s page from the page tree, in reading order, and decodes escaped names', () => {
    expect(destinationPages(bytes(PDF))).toEqual(
      new Map([
        ['toc-summary', 2],
        ['toc-area-1', 3],
        ['note-D1-001', 1],
      ]),
    );
  });

  it('finds nothing in a file without destinations, or in something that is not a PDF', () => {
    expect(destinationPages(bytes(PDF.replace('/Dests 9 0 R', '')))).toEqual(new Map());
    expect(destinationPages(bytes('<html>not a pdf</html>'))).toEqual(new Map());
  });
});
