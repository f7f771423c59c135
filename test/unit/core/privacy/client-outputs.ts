import { readFileSync } from 'node:fs';
import path from 'node:path';
import { presenterBoard, presenterDayFindings } from '../../../../shared/board/presenter-view';
import type { Finding } from '../../../../shared/domain/finding';
import type { Participant } from '../../../../shared/domain/participant';
import type { ExportResult } from '../../../../shared/ipc/deliverables-contract';
import type { Dispatch } from '../../../../shared/ipc/dispatch';
import type { DeliverablesHost } from '../../../../electron/core/services/deliverables-service';
import { caller } from '../../helpers/seed-engagement';
import { confirmedExport } from '../../helpers/confirmed-export';
import { solidPng } from '../../helpers/png';
import { zipText } from '../../helpers/zip';

/** One thing a client can see: a written file, a page printed or photographed, or a projector view. */
export interface ClientOutput {
  name: string;
  text: string;
}

/**
 * Stands in for Chromium and the folder dialog: each export goes to the next folder asked for,
 * and every page printed to PDF or photographed to PNG is kept as the HTML it was given.
 */
export function recordingHost(nextFolder: () => string) {
  const pages: ClientOutput[] = [];
  const host: DeliverablesHost = {
    chooseFolder: async () => nextFolder(),
    renderPdf: async (html) => {
      pages.push({ name: 'printed page', text: html });
      return new TextEncoder().encode(html);
    },
    renderPng: async (html, size) => {
      pages.push({ name: 'photographed page', text: html });
      return solidPng(size.width, size.height);
    },
    onProgress: () => {},
  };
  return { host, pages };
}

function readWritten(folder: string, result: ExportResult): ClientOutput[] {
  if (result.status !== 'written') throw new Error('The export was cancelled.');
  return result.files.map((name) => {
    const file = path.join(folder, result.folderName, name);
    if (name.endsWith('.docx')) return { name, text: zipText(file, /^word\/.*\.xml$/) };
    if (name.endsWith('.pptx')) return { name, text: zipText(file, /^ppt\/(slides|charts)\/.*\.xml$/) };
    // PDFs and PNGs were written by the stand-in host: their pages are read back from it.
    if (name.endsWith('.pdf') || name.endsWith('.png')) return { name, text: '' };
    return { name, text: readFileSync(file, 'utf8') };
  });
}

/**
 * Everything a client could see of an engagement: the week pack as written (report, Word file,
 * readout deck, CSVs, Markdown, board picture, each day's readout), names redacted or not; the report
 * preview; the projector's board and each day's readout.
 */
export async function clientOutputs(
  dispatch: Dispatch,
  engagementId: string,
  days: number,
  redactNames: boolean,
  /** Makes the folder the next export writes into, as the host will answer the folder dialog. */
  exportFolder: () => string,
  pages: ClientOutput[],
): Promise<ClientOutput[]> {
  const call = caller(dispatch);
  pages.length = 0;
  const outputs: ClientOutput[] = [];
  const options = { redactNames, appendices: ['evidence', 'participants', 'agenda'] };
  // The week pack holds the board picture and the readout of every day with content.
  const folder = exportFolder();
  const exported = await confirmedExport(dispatch, { engagementId, options, scope: { kind: 'week' } });
  if (!exported.ok) throw new Error(`deliverables:export: ${exported.error.message}`);
  outputs.push(...readWritten(folder, exported.value as ExportResult));
  outputs.push({ name: 'report preview', text: JSON.stringify(await call('deliverables:preview', { engagementId, options })) });
  const findings = await call<Finding[]>('findings:list', { engagementId });
  const participants = await call<Participant[]>('participants:list', { engagementId });
  outputs.push({ name: 'projector board', text: JSON.stringify(presenterBoard(findings, participants)) });
  for (let day = 1; day <= days; day++) {
    outputs.push({ name: `projector readout, day ${day}`, text: JSON.stringify(presenterDayFindings(findings, participants, day)) });
  }
  outputs.push({ name: 'projector day readouts and closing', text: JSON.stringify(await call('deliverables:presenter', { engagementId })) });
  return [...outputs, ...pages];
}
