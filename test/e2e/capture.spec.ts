import type { Note } from '../../shared/domain/note';
import { test, expect } from './harness';
import { BoardPage, call } from './pages/board-page';
import { openCapture } from './pages/capture-page';

test('fifty notes typed fast with markers are all saved, in order, with the right fields', async ({ page, harness }) => {
  // 50 notes are over a thousand real keystrokes; on a loaded two-core machine that takes a while.
  test.setTimeout(180_000);
  const { capture } = await openCapture(page, harness, [
    { name: 'Ana Silva', function: 'operator' },
    { name: 'Zoë Müller', function: 'it-integration' },
  ]);
  const kinds = ['risk', 'decision', 'question', 'action'] as const;
  for (let i = 1; i <= 50; i++) {
    const speaker = i % 2 === 0 ? '@ana' : '@zoe';
    await capture.box.pressSequentially(`${speaker} !${kinds[i % 4]} n${i} #b${i % 3}`);
    await capture.box.press('Enter');
  }
  // The timeline draws only the notes near the viewport; each says where it stands among all 50.
  await expect(capture.notes.last()).toHaveAttribute('aria-posinset', '50');
  await expect(capture.notes.last()).toHaveAttribute('aria-setsize', '50');
  await capture.expectSaved();

  await page.reload();
  await expect(capture.notes.last()).toHaveAttribute('aria-posinset', '50');
  expect(await capture.scrollThroughNoteTexts()).toEqual(Array.from({ length: 50 }, (_, i) => `n${i + 1}`));

  const rows = harness.query<{ ref: string; text: string; kind: string; speaker_name: string; tags: string }>(
    'SELECT ref, text, kind, speaker_name, tags FROM notes ORDER BY captured_at, rowid',
  );
  expect(rows).toHaveLength(50);
  rows.forEach((row, index) => {
    const i = index + 1;
    expect(row).toEqual({
      ref: `D1-${String(i).padStart(3, '0')}`,
      text: `n${i}`,
      kind: kinds[i % 4],
      speaker_name: i % 2 === 0 ? 'Ana Silva' : 'Zoë Müller',
      tags: JSON.stringify([`b${i % 3}`]),
    });
  });
});

test('markers show as chips while typing, and autocomplete inserts a participant', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness, [{ name: 'José Ramírez', function: 'operator' }]);
  await capture.box.pressSequentially('@jo');
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('option')).toHaveText(['@José_RamírezJosé Ramírez']);
  await capture.box.press('Enter');
  await expect(capture.box).toHaveValue('@José_Ramírez ');
  await capture.box.pressSequentially('!risk ^prod the SAP link breaks monthly #sap');
  const chips = page.getByLabel('This note will be saved as');
  await expect(chips).toContainText('José Ramírez');
  await expect(chips).toContainText('Risk');
  await expect(chips).toContainText('Production requirements');
  await expect(chips).toContainText('#sap');
  await capture.box.press('Escape');
  await capture.box.press('Enter');
  await expect(capture.note('the SAP link breaks monthly')).toContainText('José Ramírez');
  expect(harness.query('SELECT kind, area, speaker_name FROM notes')).toEqual([
    { kind: 'risk', area: 'production-requirements', speaker_name: 'José Ramírez' },
  ]);
});

test('a half-typed note survives a reload, and Shift+Enter adds a line', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness);
  await capture.box.pressSequentially('The vendor said the model');
  await capture.box.press('Shift+Enter');
  await capture.box.pressSequentially('is retrained quarter');
  await expect(capture.saveIndicator).toHaveText('Draft kept');
  await page.reload();
  await expect(capture.box).toHaveValue('The vendor said the model\nis retrained quarter');
  await capture.box.press('End');
  await capture.box.pressSequentially('ly');
  await capture.box.press('Enter');
  await expect(capture.note('is retrained quarterly')).toBeVisible();
  await page.reload();
  await expect(capture.box).toHaveValue('');
  expect(harness.query('SELECT text FROM notes')).toEqual([{ text: 'The vendor said the model\nis retrained quarterly' }]);
});

test('search finds a note by a word in its middle and highlights it; Enter jumps to the note', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness);
  await capture.capture('Nobody owns the ERP integration after go-live');
  await capture.capture('Accuracy on scanned invoices is unknown');
  await capture.expectSaved();
  await page.keyboard.press('Control+f');
  await expect(capture.search).toBeFocused();
  await capture.search.pressSequentially('integ');
  const hits = page.getByTestId('search-hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().locator('mark')).toHaveText('integration');
  await capture.search.press('Enter');
  await expect(capture.note('Nobody owns the ERP integration')).toHaveClass(/is-focused/);
});

test('a deleted note comes back with Undo; hostile text is shown literally', async ({ page, harness }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const { capture } = await openCapture(page, harness);
  await capture.capture('<img src=x onerror=alert(1)> <b>bold</b> **not bold**');
  await expect(capture.note('<img src=x onerror=alert(1)>')).toHaveText(/<img src=x onerror=alert\(1\)> <b>bold<\/b> \*\*not bold\*\*/);
  await expect(capture.timeline.locator('img')).toHaveCount(0);

  await capture.note('<img').getByRole('button', { name: /^Delete D1-001/ }).click();
  await expect(capture.notes).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Deleted note D1-001' }).getByRole('button', { name: 'Undo' }).click();
  await expect(capture.notes).toHaveCount(1);
  expect(harness.query('SELECT deleted_at FROM notes')).toEqual([{ deleted_at: null }]);
  expect(dialogs).toBe(0);
});

test('edit in place, pin and mark facilitator-only persist', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness);
  await capture.capture('They re-key evry invoice');
  await capture.note('evry').getByRole('button', { name: 'Edit D1-001' }).click();
  const editor = page.getByRole('textbox', { name: 'Edit note D1-001' });
  await editor.fill('They re-key every invoice by hand');
  await editor.press('Enter');
  await capture.note('by hand').getByRole('button', { name: 'Pin D1-001' }).click();
  await capture.note('by hand').getByRole('button', { name: 'Make facilitator-only D1-001' }).click();
  await page.reload();
  await expect(capture.note('They re-key every invoice by hand')).toContainText('Facilitator only');
  await expect(capture.note('They re-key every invoice by hand')).toContainText('Pinned');
  expect(harness.query('SELECT text, pinned, visibility FROM notes')).toEqual([{ text: 'They re-key every invoice by hand', pinned: 1, visibility: 'facilitator' }]);
});

test('when the disk is full the text stays in the box, the user is told, and nothing saved is lost', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness);
  await capture.capture('Saved before the disk filled up');
  await capture.expectSaved();
  const db = harness.runtime.core()!.db;
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  const big = `This note will not fit ${'x'.repeat(20_000)}`;
  await capture.box.fill(big);
  await capture.box.press('Enter');
  await expect(capture.saveIndicator).toContainText('Not saved. The disk is full');
  await expect(capture.box).toHaveValue(big);
  await expect(capture.note('Saved before the disk filled up')).toBeVisible();
  expect(harness.query('SELECT text FROM notes')).toEqual([{ text: 'Saved before the disk filled up' }]);
});

test('Ctrl+Shift+N from another screen opens capture with the box focused', async ({ page, harness }) => {
  const { capture, workspace } = await openCapture(page, harness);
  await workspace.goTo('Agenda');
  await page.keyboard.press('Control+Shift+N');
  await expect(workspace.sectionTitle).toHaveText('Capture');
  await expect(capture.box).toBeFocused();
});

test('a note is promoted to a finding from the timeline, and deleting it asks first because it is evidence', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness);
  await capture.capture('!risk ^prod Nobody is paged when the extraction service fails at night');
  await capture.expectSaved();
  const note = capture.note('Nobody is paged');
  await note.getByRole('button', { name: 'Promote note D1-001 to a finding' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note D1-001 is now a finding on the board.' })).toBeVisible();
  expect(harness.query('SELECT title, area, day FROM findings')).toEqual([
    { title: 'Nobody is paged when the extraction service fails at night', area: 'production-requirements', day: 1 },
  ]);

  await note.getByRole('button', { name: 'Delete D1-001' }).click();
  const ask = page.getByRole('dialog', { name: 'Delete a note that is evidence?' });
  await expect(ask).toContainText('Note D1-001 is evidence for the finding “Nobody is paged when the extraction service fails at night”');
  await ask.getByRole('button', { name: 'Keep the note' }).click();
  await expect(capture.notes).toHaveCount(1);
  await note.getByRole('button', { name: 'Delete D1-001' }).click();
  await ask.getByRole('button', { name: 'Delete and unlink' }).click();
  await expect(capture.notes).toHaveCount(0);
  expect(harness.query<{ deleted: number }>('SELECT deleted_at IS NOT NULL AS deleted FROM notes')).toEqual([{ deleted: 1 }]);
  expect(harness.query<{ n: number }>('SELECT count(*) AS n FROM findings WHERE deleted_at IS NULL')).toEqual([{ n: 1 }]);
});

test('a day of 400 notes draws only what is near the screen; a linked note is scrolled to and focused, arrows walk on, an edit survives scrolling away', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const { capture, engagementId } = await openCapture(page, harness);
  const sender = { url: 'http://audit-workshop.test/index.html', isMainFrame: true };
  for (let i = 1; i <= 400; i++) {
    const result = await harness.dispatch(sender, 'notes:create', { engagementId, day: 1, sessionId: null, speakerId: null, kind: 'observation', tags: [], text: `bulk note ${i}` });
    expect(result.ok).toBe(true);
  }
  // Opening the day shows the newest note, drawn where the page is scrolled, not an empty stretch.
  await page.reload();
  await expect(capture.note('bulk note 400')).toBeInViewport();
  const target = harness.query<{ id: string }>("SELECT id FROM notes WHERE text = 'bulk note 12'")[0]!;
  await harness.open(`#/engagements/${engagementId}/capture?focus=${target.id}`);
  // A hash change alone keeps the notes loaded before the bulk insert; a reload is a fresh window.
  await page.reload();

  const linked = capture.note('bulk note 12').filter({ hasNotText: 'bulk note 12' + '0' });
  await expect(linked).toHaveClass(/is-focused/);
  await expect(linked).toBeFocused();
  await expect(linked).toBeInViewport();
  expect(await capture.notes.count()).toBeLessThan(60);
  await page.screenshot({ path: 'test-results/screens/capture-400-notes-linked.png' });

  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-testid="note"]:focus')).toContainText('bulk note 13');

  await linked.getByRole('button', { name: /^Edit D1-/ }).click();
  const editor = page.getByRole('textbox', { name: /^Edit note D1-/ });
  await editor.fill('bulk note 12, corrected while scrolling');
  // The note being edited stays drawn far above; the rest of the list must still reach the end.
  await page.getByRole('region', { name: 'Timeline' }).hover();
  await expect(async () => {
    await page.mouse.wheel(0, 5_000);
    await expect(capture.note('bulk note 400')).toBeInViewport({ timeout: 500 });
  }).toPass();
  const drawn = await capture.notes.evaluateAll((notes) => notes.map((n) => ({ editing: n.querySelector('textarea') !== null, top: n.getBoundingClientRect().top })));
  const tops = drawn.filter((n) => !n.editing).map((n) => n.top);
  expect(tops).toEqual([...tops].sort((x, y) => x - y));
  expect(drawn.filter((n) => n.editing).map((n) => n.top < -10_000)).toEqual([true]);
  await page.screenshot({ path: 'test-results/screens/capture-400-notes-end-while-editing.png' });
  await page.locator('.workspace-main').evaluate((el) => el.scrollTo(0, 0));
  await expect(editor).toHaveValue('bulk note 12, corrected while scrolling');
  await editor.press('Enter');
  await expect(capture.note('corrected while scrolling')).toHaveCount(1);
  expect(harness.query("SELECT count(*) AS n FROM notes WHERE text = 'bulk note 12, corrected while scrolling'")).toEqual([{ n: 1 }]);
});

test('the timeline holds one day at a time: each day tab shows only its notes, and a note saved while looking at day 2 appears there', async ({ page, harness }) => {
  const { capture, engagementId } = await openCapture(page, harness);
  const add = (day: number, text: string) => call<Note>(harness, 'notes:create', { engagementId, day, text });
  await add(1, 'Invoices arrive by fax');
  await add(2, 'The model misreads totals');
  await add(2, 'Totals are checked by hand');
  await add(3, 'Nobody is paged at night');
  await page.reload();
  const days = page.getByRole('group', { name: 'Timeline day' });
  const texts = capture.notes.locator('.note-text');
  await expect(days.getByRole('button', { name: 'Day 1' })).toHaveAttribute('aria-pressed', 'true');
  await expect(texts).toHaveText(['Invoices arrive by fax']);

  await days.getByRole('button', { name: 'Day 2' }).click();
  await expect(page.getByRole('list', { name: 'Notes on day 2' })).toBeVisible();
  await expect(texts).toHaveText(['The model misreads totals', 'Totals are checked by hand']);
  await days.getByRole('button', { name: 'Day 3' }).click();
  await expect(texts).toHaveText(['Nobody is paged at night']);
  await days.getByRole('button', { name: 'Day 4' }).click();
  await expect(page.getByText('No notes on day 4 yet.')).toBeVisible();
  await expect(capture.notes).toHaveCount(0);

  await days.getByRole('button', { name: 'Day 2' }).click();
  await page.getByRole('combobox', { name: 'Day', exact: true }).selectOption('2');
  await capture.box.focus();
  await capture.capture('Saved while looking at day two');
  await expect(capture.saveIndicator).toHaveText('Saved D2-003');
  await expect(texts).toHaveText(['The model misreads totals', 'Totals are checked by hand', 'Saved while looking at day two']);
  await page.screenshot({ path: 'test-results/screens/capture-day-two.png' });

  // Unpinned, the capture box's day and the timeline's follow each other.
  await expect(page.getByRole('combobox', { name: 'Day', exact: true })).toHaveValue('2');
  await days.getByRole('button', { name: 'Day 3' }).click();
  await expect(page.getByRole('combobox', { name: 'Day', exact: true })).toHaveValue('3');
  await page.getByRole('combobox', { name: 'Day', exact: true }).selectOption('2');
  await expect(days.getByRole('button', { name: 'Day 2' })).toHaveAttribute('aria-pressed', 'true');

  // Pinned, a note written for another day is saved there and stays off the day being looked at.
  const pin = page.getByRole('button', { name: 'Pin day' });
  await expect(page.getByTestId('timeline-pin-state')).toHaveText('Follows the capture box');
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('timeline-pin-state')).toHaveText('Pinned to day 2');
  await page.getByRole('combobox', { name: 'Day', exact: true }).selectOption('1');
  await capture.box.focus();
  await capture.capture('Meant for day one');
  await expect(capture.saveIndicator).toHaveText('Saved D1-002');
  await expect(texts).toHaveText(['The model misreads totals', 'Totals are checked by hand', 'Saved while looking at day two']);
  await days.getByRole('button', { name: 'Day 1' }).click();
  await expect(texts).toHaveText(['Invoices arrive by fax', 'Meant for day one']);
  expect(harness.query('SELECT ref, day FROM notes ORDER BY ref')).toEqual([
    { ref: 'D1-001', day: 1 },
    { ref: 'D1-002', day: 1 },
    { ref: 'D2-001', day: 2 },
    { ref: 'D2-002', day: 2 },
    { ref: 'D2-003', day: 2 },
    { ref: 'D3-001', day: 3 },
  ]);
});

test('a link to a note on a day not shown opens that day with the note focused, from a finding’s evidence and from search', async ({ page, harness }) => {
  const { capture, engagementId, workspace } = await openCapture(page, harness);
  await call<Note>(harness, 'notes:create', { engagementId, day: 1, text: 'Invoices arrive by fax' });
  const paged = await call<Note>(harness, 'notes:create', { engagementId, day: 3, text: 'Nobody is paged when extraction fails at night', area: 'production-requirements' });
  await call<Note>(harness, 'notes:create', { engagementId, day: 2, text: 'Vendor retrains the model quarterly' });
  await call(harness, 'findings:promote-note', { noteId: paged.id });
  await page.reload();
  const days = page.getByRole('group', { name: 'Timeline day' });
  await expect(capture.note('Invoices arrive by fax')).toBeVisible();

  await workspace.goTo('Board');
  const board = new BoardPage(page);
  await board.card('Nobody is paged').click();
  await board.dialog('Finding F1').getByRole('link', { name: 'Open note D3-001 in Capture' }).click();
  await expect(days.getByRole('button', { name: 'Day 3' })).toHaveAttribute('aria-pressed', 'true');
  const linked = capture.note('Nobody is paged');
  await expect(linked).toHaveClass(/is-focused/);
  await expect(linked).toBeFocused();
  await expect(capture.note('Invoices arrive by fax')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/capture-linked-other-day.png' });

  // The same link in a fresh window, where no day has been read yet.
  await page.reload();
  await expect(days.getByRole('button', { name: 'Day 3' })).toHaveAttribute('aria-pressed', 'true');
  await expect(capture.note('Nobody is paged')).toBeFocused();

  await page.keyboard.press('Control+f');
  await capture.search.pressSequentially('retrains');
  await expect(page.getByTestId('search-hit')).toHaveCount(1);
  await capture.search.press('Enter');
  await expect(days.getByRole('button', { name: 'Day 2' })).toHaveAttribute('aria-pressed', 'true');
  await expect(capture.note('Vendor retrains the model')).toHaveClass(/is-focused/);
  await expect(capture.notes).toHaveCount(1);
});
