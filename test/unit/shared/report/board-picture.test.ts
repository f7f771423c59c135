import { describe, expect, it } from 'vitest';
import { FINDING_KIND_LABELS } from '../../../../shared/domain/finding';
import { boardPicture, CARDS_PER_CELL } from '../../../../shared/report/board-picture';
import { crowdedBoard } from './board-picture-fixture';

describe('boardPicture', () => {
  it('shows client-visible findings only, with severity in words and their client-visible evidence', () => {
    const board = crowdedBoard();
    const { html } = boardPicture(board);
    expect(html).not.toMatch(/FACILITATOR-ONLY|DROPPED|DELETED|D4-SECRET/);
    expect(html).toContain('Evidence D4-001');
    const cited = board.findings.find((f) => f.evidence.some((x) => x.ref === 'D4-001'))!;
    expect(html).toContain(`${cited.ref} · ${FINDING_KIND_LABELS[cited.kind]}`);
    expect(html).toContain('>Critical</span>');
    expect(html).toContain('Production requirements · 9');
  });

  it('shows text literally, whatever it looks like, and loads nothing', () => {
    const { html } = boardPicture(crowdedBoard());
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('Acme Freight &lt;Holdings&gt; &amp; Co');
    expect(html).not.toMatch(/<script|src=|href=|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('keeps the most severe cards of a crowded cell and counts the rest', () => {
    const { html } = boardPicture(crowdedBoard());
    expect(html).toContain(`+ ${9 - CARDS_PER_CELL} more in the report`);
    expect(html).toContain('Exception queue item 9');
    expect(html).not.toContain('Exception queue item 8');
  });

  it('replaces participant names when asked', () => {
    const plain = boardPicture(crowdedBoard()).html;
    const redacted = boardPicture({ ...crowdedBoard(), redactNames: true }).html;
    expect(plain).toContain('Maria Schmidt signs');
    expect(redacted).not.toContain('Maria');
    expect(redacted).toContain('Operator 1 signs');
  });

  it('grows taller with the week and with its busiest cells, never wider', () => {
    const board = crowdedBoard();
    const empty = boardPicture({ ...board, findings: [], engagement: { ...board.engagement, dayCount: 5 } });
    const emptyLonger = boardPicture({ ...board, findings: [], engagement: { ...board.engagement, dayCount: 10 } });
    const crowded = boardPicture(board);
    expect(empty.width).toBe(crowded.width);
    expect(emptyLonger.height).toBeGreaterThan(empty.height);
    expect(crowded.height).toBeGreaterThan(emptyLonger.height);
    expect(empty.html).toContain('0 findings');
  });
});
