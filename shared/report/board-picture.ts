import { groupIntoCells } from '../board/board-cells';
import { AUDIT_AREA_INFO, AUDIT_AREAS } from '../domain/audit-areas';
import { addDays, formatDate, formatShortDay, formatWeekRange } from '../domain/dates';
import type { Engagement } from '../domain/engagement';
import { cellKey, FINDING_KIND_LABELS, SEVERITIES, SEVERITY_LABELS, type Finding } from '../domain/finding';
import type { Participant } from '../domain/participant';
import { clientEvidenceRefs, clientVisibleFindings } from './client-visible';
import { escapeHtml as e } from './escape';
import { pictureDocument, type HtmlPicture } from './html-picture';
import { severitySwatch } from './palette';
import { createRedactor } from './redaction';

/*
 * The findings board as a picture for the client: days down, areas across, as the room saw it.
 * Every box has a fixed height in pixels (titles are cut to three lines), so the page's height is
 * computed here rather than measured, and the host needs no script to photograph all of it.
 */

export interface BoardPictureInput {
  engagement: Pick<Engagement, 'clientName' | 'pilotName' | 'weekStart' | 'dayCount'>;
  findings: readonly Finding[];
  participants: readonly Participant[];
  redactNames: boolean;
  /** When the picture is made, ISO-8601. */
  generatedAt: string;
}

/** A busy cell shows its most severe findings; the rest are counted and are in the report. */
export const CARDS_PER_CELL = 6;

const WIDTH = 1600;
const PAD = 32;
const GAP = 12;
const DAY_COLUMN = 120;
const HEADER = 96;
const AREA_HEAD = 60;
const CARD = 112;
const CARD_GAP = 8;
const CELL_PAD = 8;
const MORE_LINE = 24;
const EMPTY_ROW = 56;
const FOOTER = 28;

const pillStyle = (s: Finding['severity']) => `background: ${severitySwatch(s).fill}; color: ${severitySwatch(s).text}`;

/** The cell's cards in board order; past the limit, the most severe ones keep their place. */
function shownCards(cell: readonly Finding[]): Finding[] {
  if (cell.length <= CARDS_PER_CELL) return [...cell];
  const keep = new Set(
    [...cell]
      .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
      .slice(0, CARDS_PER_CELL)
      .map((f) => f.id),
  );
  return cell.filter((f) => keep.has(f.id));
}

function cellHeight(cards: number, more: boolean): number {
  if (cards === 0) return EMPTY_ROW;
  return CELL_PAD * 2 + cards * CARD + (cards - 1) * CARD_GAP + (more ? MORE_LINE : 0);
}

function card(f: Finding, redact: (text: string) => string): string {
  const refs = clientEvidenceRefs(f);
  const votes = f.votes === 0 ? '' : f.votes === 1 ? '1 vote' : `${f.votes} votes`;
  return `<li class="card" style="border-left-color: ${severitySwatch(f.severity).fill}">
<div class="card-top"><span class="pill" style="${pillStyle(f.severity)}">${e(SEVERITY_LABELS[f.severity])}</span><span class="kind">${e(f.ref)} · ${e(FINDING_KIND_LABELS[f.kind])}</span>${votes ? `<span class="votes">${votes}</span>` : ''}</div>
<div class="title">${e(redact(f.title))}</div>
<div class="refs">${refs.length ? `Evidence ${e(refs.join(', '))}` : 'No evidence linked'}</div></li>`;
}

const CSS = `
body { font: 13px/1.35 "Helvetica Neue", Helvetica, Arial, "Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", "Noto Color Emoji", "DejaVu Sans", sans-serif; color: #1d2733; }
.board { position: absolute; left: ${PAD}px; top: ${PAD}px; width: ${WIDTH - PAD * 2}px; }
header { height: ${HEADER}px; display: flex; justify-content: space-between; align-items: flex-start; overflow: hidden; }
.kicker { text-transform: uppercase; letter-spacing: 0.16em; font-size: 11px; color: #6b7480; height: 16px; }
h1 { margin: 4px 0 2px; font-size: 26px; line-height: 34px; height: 34px; font-weight: 600; color: #1f4e79; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 1000px; }
.sub { font-size: 14px; height: 20px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 1000px; }
.legend { display: flex; gap: 8px; align-items: center; font-size: 12px; color: #6b7480; padding-top: 22px; }
.grid { display: grid; grid-template-columns: ${DAY_COLUMN}px repeat(${AUDIT_AREAS.length}, 1fr); column-gap: ${GAP}px; row-gap: ${GAP}px; margin-top: ${GAP}px; }
.area { height: ${AREA_HEAD}px; box-sizing: border-box; padding: 10px 12px; background: #1f4e79; color: #fff; border-radius: 6px; overflow: hidden; }
.area b { display: block; font-size: 15px; line-height: 20px; height: 20px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.area span { display: block; font-size: 12px; line-height: 16px; height: 32px; opacity: 0.9; overflow: hidden; }
.corner { height: ${AREA_HEAD}px; display: flex; align-items: flex-end; padding-bottom: 10px; box-sizing: border-box; font-size: 11px; text-transform: uppercase; letter-spacing: 0.1em; color: #6b7480; }
.day { box-sizing: border-box; padding: 10px 4px; overflow: hidden; border-top: 2px solid #1d2733; }
.day b { display: block; font-size: 15px; line-height: 20px; }
.day span { display: block; font-size: 12px; color: #6b7480; }
.cell { box-sizing: border-box; padding: ${CELL_PAD}px; background: #f3f5f7; border-radius: 6px; overflow: hidden; }
.cell ol { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${CARD_GAP}px; }
.empty { color: #8a929c; font-style: italic; font-size: 12px; line-height: ${EMPTY_ROW - CELL_PAD * 2}px; padding-left: 4px; }
.card { height: ${CARD}px; box-sizing: border-box; padding: 8px 10px; background: #fff; border: 1px solid #dde1e6; border-left: 5px solid; border-radius: 4px; overflow: hidden; }
.card-top { display: flex; align-items: center; gap: 8px; height: 20px; font-size: 11.5px; color: #4a5561; }
.pill { font-size: 10.5px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; padding: 2px 7px; border-radius: 9px; line-height: 14px; }
.votes { margin-left: auto; }
.title { margin-top: 4px; font-size: 13.5px; font-weight: 600; line-height: 18px; height: 54px; overflow: hidden; overflow-wrap: anywhere; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; }
.refs { margin-top: 4px; height: 16px; font-size: 11px; line-height: 16px; color: #6b7480; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.more { height: ${MORE_LINE}px; line-height: ${MORE_LINE}px; font-size: 12px; color: #4a5561; padding-left: 4px; }
footer { height: ${FOOTER}px; margin-top: ${GAP}px; display: flex; justify-content: space-between; align-items: flex-end; font-size: 11.5px; color: #6b7480; border-top: 1px solid #c9ced4; }
`;

/** The board as a page of computed size, ready to be photographed into a PNG. */
export function boardPicture(input: BoardPictureInput): HtmlPicture {
  const { engagement } = input;
  const redact = createRedactor(input.participants, input.redactNames);
  const cells = groupIntoCells(clientVisibleFindings(input.findings), false);
  const days = Array.from({ length: engagement.dayCount }, (_, i) => i + 1);

  const rows = days.map((day) => {
    const areas = AUDIT_AREAS.map((area) => {
      const all = cells.get(cellKey(area, day)) ?? [];
      return { all, shown: shownCards(all) };
    });
    const height = Math.max(...areas.map((a) => cellHeight(a.shown.length, a.all.length > a.shown.length)));
    return { day, areas, height };
  });

  const totals = AUDIT_AREAS.map((area) => days.reduce((sum, day) => sum + (cells.get(cellKey(area, day))?.length ?? 0), 0));
  const total = totals.reduce((a, b) => a + b, 0);
  const gridHeight = AREA_HEAD + rows.reduce((sum, r) => sum + r.height + GAP, 0);
  const height = PAD + HEADER + GAP + gridHeight + GAP + FOOTER + PAD;

  const head = AUDIT_AREAS.map(
    (area, i) =>
      `<div class="area"><b>${e(AUDIT_AREA_INFO[area].label)} · ${totals[i]}</b><span>${e(AUDIT_AREA_INFO[area].question)}</span></div>`,
  ).join('');
  const body = rows
    .map((r) => {
      const date = formatShortDay(addDays(engagement.weekStart, r.day - 1));
      const cellsHtml = r.areas
        .map(({ all, shown }) => {
          const hidden = all.length - shown.length;
          const content = shown.length
            ? `<ol>${shown.map((f) => card(f, redact)).join('')}</ol>${hidden > 0 ? `<div class="more">+ ${hidden} more in the report</div>` : ''}`
            : '<div class="empty">No findings</div>';
          return `<div class="cell" style="height: ${r.height}px">${content}</div>`;
        })
        .join('');
      return `<div class="day" style="height: ${r.height}px"><b>Day ${r.day}</b><span>${e(date)}</span></div>${cellsHtml}`;
    })
    .join('');
  const legend = SEVERITIES.map((s) => `<span class="pill" style="${pillStyle(s)}">${e(SEVERITY_LABELS[s])}</span>`).join('');
  const title = `Findings board — ${engagement.clientName}`;

  const page = `<main class="board">
<header><div><div class="kicker">AI Automation Audit · Findings board</div><h1>${e(engagement.pilotName)}</h1>
<div class="sub">${e(engagement.clientName)} · ${e(formatWeekRange(engagement.weekStart, engagement.dayCount))} · ${total === 1 ? '1 finding' : `${total} findings`}</div></div>
<div class="legend">Severity ${legend}</div></header>
<div class="grid" style="grid-template-rows: ${AREA_HEAD}px ${rows.map((r) => `${r.height}px`).join(' ')}"><div class="corner">Day</div>${head}${body}</div>
<footer><span>Client-visible findings only.${input.redactNames ? ' Participant names are replaced by their function.' : ''}</span><span>Prepared ${e(formatDate(input.generatedAt.slice(0, 10)))}</span></footer>
</main>`;
  return pictureDocument(e(title), CSS, page, WIDTH, height);
}
