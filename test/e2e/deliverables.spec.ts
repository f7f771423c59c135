import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// The harness loads better-sqlite3 through the core first; importing it here before the harness
// crashed the Playwright worker (SIGSEGV) on this machine.
import { test, expect, TEST_ORIGIN, type Harness } from './harness';
import Database from 'better-sqlite3';
import { DeliverablesPage } from './pages/deliverables-page';
import { lock } from '../unit/helpers/locked-folder';
import { PNG_SIGNATURE, pngSize } from '../unit/helpers/png';

const SHOTS = 'test-results/screens';
const SENDER = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };

async function call<T>(harness: Harness, channel: string, payload: unknown): Promise<T> {
  const result = await harness.dispatch(SENDER, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/**
 * An engagement with participants, a cost scenario and notes. Notes are written straight into
 * SQLite because their channels are not part of this branch; everything else goes through the
 * dispatcher as the app would.
 */
async function seed(harness: Harness): Promise<string> {
  const engagement = await call<{ id: string }>(harness, 'engagements:create', { clientName: 'Northwind Logistics', pilotName: 'Invoice extraction assistant', weekStart: '2026-03-02' });
  const operator = await call<{ id: string }>(harness, 'participants:create', { engagementId: engagement.id, name: 'Maria Schmidt', function: 'operator', daysAttended: [1, 2] });
  await call(harness, 'participants:create', { engagementId: engagement.id, name: 'Priya Raman', function: 'sponsor' });
  await call(harness, 'cost:create', { engagementId: engagement.id, name: 'Base case' });
  await call(harness, 'assessment:score-criterion', { engagementId: engagement.id, criterionId: 'pf-value-quantified', score: 'partly' });
  await call(harness, 'assessment:score-ml-test', { engagementId: engagement.id, testId: 'monitor-7', points: 0.5 });
  const db = new Database(harness.dbPath);
  try {
    const insert = db.prepare(
      `INSERT INTO notes (id, engagement_id, ref, day, kind, text, speaker_id, speaker_name, visibility, captured_at, deleted_at, created_at, updated_at, device_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed')`,
    );
    const at = '2026-03-02T09:30:00.000Z';
    const notes = [
      ['D1-001', 1, 'observation', 'Maria Schmidt handles every exception by hand.', 'client', null],
      ['D1-002', 1, 'question', 'Who signs off the model <b>before</b> release?', 'client', null],
      ['D1-003', 1, 'observation', 'FACILITATOR ONLY sponsor distracted', 'facilitator', null],
      ['D1-004', 1, 'observation', 'DELETED NOTE draft', 'client', at],
    ] as const;
    notes.forEach(([ref, day, kind, text, visibility, deletedAt], i) =>
      insert.run(`00000000-0000-4000-8000-00000000000${i}`, engagement.id, ref, day, kind, text, operator.id, 'Maria Schmidt', visibility, at, deletedAt, at, at),
    );
  } finally {
    db.close();
  }
  await seedFindings(harness, engagement.id);
  return engagement.id;
}

/** A board a client would recognise: findings on several days and areas, one facilitator-only, one dropped. */
async function seedFindings(harness: Harness, engagementId: string): Promise<void> {
  const create = (fields: Record<string, unknown>) => call<{ id: string }>(harness, 'findings:create', { engagementId, ...fields });
  const single = await create({ title: 'Maria Schmidt handles every exception alone', area: 'production-requirements', day: 1, severity: 'critical', kind: 'risk', votes: 4 });
  await call(harness, 'findings:link-note', { findingId: single.id, noteId: '00000000-0000-4000-8000-000000000000' });
  const signOff = await create({ title: 'No sign-off before a model is <b>released</b>', area: 'path-to-ship', day: 1, severity: 'high', kind: 'gap', votes: 2 });
  await call(harness, 'findings:link-note', { findingId: signOff.id, noteId: '00000000-0000-4000-8000-000000000001' });
  await create({ title: 'Invoices arrive in 14 layouts; the pilot saw three', area: 'approach', day: 2, severity: 'medium', kind: 'risk' });
  await create({ title: 'Le fournisseur principal envoie des factures en français — проверка счетов', area: 'problem-fit', day: 2, severity: 'low', kind: 'opportunity' });
  await create({ title: 'Team already tracks exception volume weekly', area: 'problem-fit', day: 1, severity: 'low', kind: 'strength' });
  await create({ title: 'FACILITATOR FINDING sponsor unconvinced', area: 'approach', day: 1, severity: 'high', visibility: 'facilitator' });
  const dropped = await create({ title: 'DROPPED FINDING duplicate', area: 'approach', day: 1, severity: 'medium' });
  await call(harness, 'findings:update', { id: dropped.id, status: 'dropped' });
}

test('the week pack is exported from the Deliverables screen into a new folder, with only client-visible notes', async ({ page, harness }) => {
  // The week pack prints a dozen PDFs through Chromium; on a loaded two-core machine that takes a while.
  test.setTimeout(180_000);
  const id = await seed(harness);
  await harness.open(`#/engagements/${id}/deliverables`);
  const screen = new DeliverablesPage(page);
  await screen.expectPreview();
  await expect(screen.preview).toContainText('Maria Schmidt handles every exception');
  await expect(screen.preview).toContainText('Who signs off the model <b>before</b> release?');
  await expect(screen.preview).not.toContainText('FACILITATOR ONLY');
  await expect(screen.preview).not.toContainText('DELETED NOTE');
  await page.screenshot({ path: `${SHOTS}/deliverables.png` });
  const axe = await new AxeBuilder({ page }).include('.deliverables').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await screen.redactNames(true);
  await expect(screen.preview).toContainText('Operator handles every exception');
  await expect(screen.preview).not.toContainText('Maria Schmidt');

  // The panel runs below the fold of a laptop's window; what the export is doing shows in view all the same.
  await screen.exportWeekPack();
  await expect(screen.status).not.toBeEmpty();
  await expect(screen.status).toBeInViewport({ ratio: 1 });
  await expect(screen.filesWritten).toBeVisible({ timeout: 60_000 });
  await expect(screen.filesWritten).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/deliverables-exported.png` });
  const folders = readdirSync(harness.exportFolder!);
  expect(folders).toHaveLength(1);
  const folder = path.join(harness.exportFolder!, folders[0]!);
  expect(folders[0]).toMatch(/^Northwind Logistics \d{4}-\d{2}-\d{2}$/);
  const files = readdirSync(folder).sort();
  expect(files).toEqual(
    ['Audit report.docx', 'Audit report.pdf', 'Readout deck.pptx', 'Findings.csv', 'Findings board.png', 'Day 1 readout.md', 'Day 1 readout.pdf', 'Notes.csv', 'Notes.md', ...daysAfterOne()].sort(),
  );
  for (const file of files) await expect(screen.filesWritten).toContainText(file);
  expect(files.filter((f) => f.startsWith('.'))).toEqual([]);

  const text = execFileSync('pdftotext', ['-layout', path.join(folder, 'Audit report.pdf'), '-'], { encoding: 'utf8' });
  expect(text).toContain('Invoice extraction assistant');
  expect(text).toContain('Operator handles every exception');
  expect(text).not.toContain('Maria Schmidt');
  expect(text).not.toContain('FACILITATOR ONLY');
  const csv = readFileSync(path.join(folder, 'Notes.csv'), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('D1-002');
  expect(csv).not.toContain('DELETED NOTE');
  const findingsCsv = readFileSync(path.join(folder, 'Findings.csv'), 'utf8');
  expect(findingsCsv).toContain('Operator handles every exception alone');
  expect(findingsCsv).not.toMatch(/FACILITATOR FINDING|DROPPED FINDING/);

  const deck = execFileSync('unzip', ['-p', path.join(folder, 'Readout deck.pptx'), 'ppt/slides/*.xml'], { encoding: 'utf8' });
  expect(deck).toContain('Operator handles every exception alone');
  expect(deck).not.toMatch(/Maria Schmidt|FACILITATOR ONLY|FACILITATOR FINDING|DROPPED FINDING/);

  // The board picture, drawn by Chromium; saved beside the screenshots to look at.
  const board = readFileSync(path.join(folder, 'Findings board.png'));
  expect([...board.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(pngSize(board).width).toBe(1600);
  copyFileSync(path.join(folder, 'Findings board.png'), `${SHOTS}/week-pack-board.png`);

  // Word gets the charts as real pictures (readiness, shown in the summary and again in its chapter from one picture, the ML Test Score, the cost); LibreOffice still opens it and keeps them.
  const docx = path.join(folder, 'Audit report.docx');
  const media = execFileSync('unzip', ['-Z1', docx], { encoding: 'utf8' }).split('\n').filter((n) => /^word\/media\/.+\.png$/.test(n));
  expect(media.length).toBe(3);
  for (const name of media) expect([...execFileSync('unzip', ['-p', docx, name]).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const converted = path.join(harness.userDataDir, 'converted');
  mkdirSync(converted);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${converted}/profile`, '--convert-to', 'pdf', '--outdir', converted, docx], { timeout: 120_000 });
  const wordText = execFileSync('pdftotext', ['-layout', path.join(converted, 'Audit report.pdf'), '-'], { encoding: 'utf8' });
  expect(wordText).toContain('Yearly running cost by line item');
  expect(wordText).toContain('Operator handles every exception alone');
  const pages = wordText.split('\f');
  const chartPage = pages.findIndex((p) => p.includes('Yearly running cost by line item')) + 1;
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(chartPage), '-l', String(chartPage), '-singlefile', path.join(converted, 'Audit report.pdf'), `${SHOTS}/docx-charts`]);
});

test('the board alone is exported as a picture from the Deliverables screen', async ({ page, harness }) => {
  const id = await seed(harness);
  await harness.open(`#/engagements/${id}/deliverables`);
  const screen = new DeliverablesPage(page);
  await screen.expectPreview();
  await screen.exportBoardPicture();
  await expect(screen.filesWritten).toContainText('Findings board.png', { timeout: 30_000 });
  const folders = readdirSync(harness.exportFolder!);
  expect(folders).toEqual([expect.stringMatching(/^Northwind Logistics board \d{4}-\d{2}-\d{2}$/)]);
  expect(readdirSync(path.join(harness.exportFolder!, folders[0]!))).toEqual(['Findings board.png']);
  const png = readFileSync(path.join(harness.exportFolder!, folders[0]!, 'Findings board.png'));
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
});

/** The built-in week plans sessions on all five days, so each day gets a readout. */
function daysAfterOne(): string[] {
  return [2, 3, 4, 5].flatMap((d) => [`Day ${d} readout.md`, `Day ${d} readout.pdf`]);
}

test('an export to a folder that cannot be written says so and leaves nothing behind', async ({ page, harness }) => {
  const id = await seed(harness);
  const gone = path.join(harness.userDataDir, 'no-such-folder');
  harness.exportFolder = gone;
  await harness.open(`#/engagements/${id}/deliverables`);
  const screen = new DeliverablesPage(page);
  await screen.expectPreview();
  await screen.exportWeekPack();
  await expect(page.getByRole('alert')).toContainText('could not be written');
  await expect(page.getByRole('alert')).toContainText('Choose a folder you can write to');
  expect(existsSync(gone)).toBe(false);

  const locked = path.join(harness.userDataDir, 'locked');
  mkdirSync(locked);
  harness.exportFolder = locked;
  const unlock = lock(locked);
  try {
    await screen.exportWeekPack();
    await expect(page.getByRole('alert')).toContainText('you do not have permission to write there');
    expect(readdirSync(locked)).toEqual([]);
  } finally {
    unlock();
  }
});
