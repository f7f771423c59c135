import { expectAccessible } from './axe';
import { test, expect } from './harness';
import { openCapture } from './pages/capture-page';

const SCREENS = 'test-results/screens';

test('a facilitator-only note puts the box back to client-visible; keep private holds, under a banner, until turned off', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness);
  const mode = (name: string) => page.getByRole('radio', { name });
  const banner = page.getByTestId('keep-private-banner');
  const chips = page.getByLabel('This note will be saved as');

  await mode('Facilitator only: this note').check();
  await expect(chips).toContainText('Facilitator only · this note');
  await capture.box.focus();
  await capture.capture('The vendor contract renews in May');
  await expect(capture.saveIndicator).toHaveText('Saved D1-P01 — facilitator-only');
  await expect(mode('Client-visible')).toBeChecked();
  await expect(chips).not.toContainText('Facilitator only');
  await page.screenshot({ path: `${SCREENS}/capture-private-once-saved.png` });
  await capture.capture('Invoices arrive by fax');
  // A private note takes no client number, so the client's numbering has no gap for it.
  await expect(capture.saveIndicator).toHaveText('Saved D1-001');

  // The shortcut steps to "this note", then to "keep private".
  await capture.box.press('Control+Shift+P');
  await expect(mode('Facilitator only: this note')).toBeChecked();
  await capture.box.press('Control+Shift+P');
  await expect(mode('Keep private')).toBeChecked();
  await expect(banner).toContainText('Keep private is on. Every note you save is facilitator-only until you turn it off.');
  await capture.capture('Finance doubts the savings');
  await expect(capture.saveIndicator).toHaveText('Saved D1-P02 — facilitator-only');
  await capture.capture('The sponsor may leave in June');
  await expect(capture.saveIndicator).toHaveText('Saved D1-P03 — facilitator-only');
  await expect(banner).toBeVisible();
  await expect(chips).toContainText('Facilitator only · kept on');
  await page.screenshot({ path: `${SCREENS}/capture-keep-private.png` });
  await expectAccessible(page, 'capture keeping notes private');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SCREENS}/capture-keep-private-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // A restart does not quietly make the next note client-visible.
  await page.reload();
  await expect(capture.box).toHaveValue('');
  await expect(banner).toBeVisible();
  await expect(mode('Keep private')).toBeChecked();

  await banner.getByRole('button', { name: 'Turn off keep private' }).click();
  await expect(banner).toBeHidden();
  await expect(mode('Client-visible')).toBeChecked();
  await capture.box.focus();
  await capture.capture('Operators want a review queue');
  await expect(capture.saveIndicator).toHaveText('Saved D1-002');

  const privateChip = capture.notes.filter({ has: page.locator('.chip-private', { hasText: 'Facilitator only' }) });
  await expect(privateChip.locator('.note-text')).toHaveText(['The vendor contract renews in May', 'Finance doubts the savings', 'The sponsor may leave in June']);
  expect(harness.query('SELECT ref, visibility FROM notes ORDER BY ref')).toEqual([
    { ref: 'D1-001', visibility: 'client' },
    { ref: 'D1-002', visibility: 'client' },
    { ref: 'D1-P01', visibility: 'facilitator' },
    { ref: 'D1-P02', visibility: 'facilitator' },
    { ref: 'D1-P03', visibility: 'facilitator' },
  ]);
});

test('a one-note private choice survives a reload with the half-typed note, and a failed save stays private', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness);
  await capture.box.press('Control+Shift+P');
  await capture.box.pressSequentially('The CFO will not fund a second pilot');
  await expect(capture.saveIndicator).toHaveText('Draft kept');
  await page.reload();
  await expect(capture.box).toHaveValue('The CFO will not fund a second pilot');
  await expect(page.getByRole('radio', { name: 'Facilitator only: this note' })).toBeChecked();
  await page.screenshot({ path: `${SCREENS}/capture-private-this-note.png` });

  const db = harness.runtime.core()!.db;
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  await capture.box.fill(`${'x'.repeat(20_000)} does not fit`);
  await capture.box.press('Enter');
  await expect(capture.saveIndicator).toContainText('Not saved.');
  await expect(page.getByRole('radio', { name: 'Facilitator only: this note' })).toBeChecked();
  expect(harness.query('SELECT count(*) AS n FROM notes')).toEqual([{ n: 0 }]);
});

test('markers that name nothing are shown while typing, and Enter asks instead of saving them as text', async ({ page, harness }) => {
  const { capture } = await openCapture(page, harness, [
    { name: 'Ana Silva', function: 'operator' },
    { name: 'Anders Berg', function: 'finance' },
  ]);
  const check = page.getByRole('group', { name: 'Markers not recognised' });
  const saved = () => harness.query<{ text: string; kind: string; area: string | null; speaker_name: string }>('SELECT text, kind, area, speaker_name FROM notes ORDER BY ref');

  // !q: shown with its choices before Enter; Enter saves nothing and asks; a choice saves it.
  await capture.box.pressSequentially('!q Who retrains the model?');
  await expect(check).toContainText('Not recognised: “!q”. It would be saved as plain text.');
  await expect(check).toContainText('“!q” could be');
  await expect(check.getByRole('group', { name: 'What “!q” means' }).getByRole('button')).toHaveText(['Quote', 'Question']);
  await page.screenshot({ path: `${SCREENS}/capture-marker-warning.png` });
  await capture.box.press('Enter');
  await expect(check).toContainText('Not saved yet: “!q” is not recognised. Choose what you meant, or save as plain text.');
  await expect(check.getByRole('button', { name: 'Quote' })).toBeFocused();
  await expect(capture.box).toHaveValue('!q Who retrains the model?');
  await page.screenshot({ path: `${SCREENS}/capture-marker-asking.png` });
  await expectAccessible(page, 'capture asking about a marker');
  expect(saved()).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(check.getByRole('button', { name: 'Question' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(capture.saveIndicator).toHaveText('Saved D1-001');
  await expect(check).toBeHidden();
  await expect(capture.box).toBeFocused();
  expect(saved()).toEqual([{ text: 'Who retrains the model?', kind: 'question', area: null, speaker_name: '' }]);

  // The marker being typed offers its choices in the suggestions, none taken for the typist.
  await capture.box.pressSequentially('Nobody owns drift !q');
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('option')).toHaveText(['!quote', '!question']);
  await expect(listbox.getByRole('option', { selected: true })).toHaveCount(0);
  await capture.box.press('Enter');
  await expect(listbox).toBeHidden();
  await expect(check.getByRole('button', { name: 'Quote' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(check).toContainText('Not recognised: “!q”.');
  await expect(capture.box).toBeFocused();
  await capture.box.fill('');

  // ^pro: a choice made before Enter replaces the marker in the text.
  await capture.box.pressSequentially('^pro nobody watches drift');
  await expect(check.getByRole('group', { name: 'What “^pro” means' }).getByRole('button')).toHaveText(['Problem fit', 'Production requirements']);
  await check.getByRole('button', { name: 'Production requirements' }).click();
  await expect(capture.box).toHaveValue('^production-requirements nobody watches drift');
  await expect(capture.box).toBeFocused();
  await expect(check).toBeHidden();
  await expect(page.getByLabel('This note will be saved as')).toContainText('Production requirements');
  await capture.box.press('Enter');
  await expect(capture.saveIndicator).toHaveText('Saved D1-002');

  // @sam: nobody by that name; adding them resolves the marker and saves the note the user asked to save.
  await capture.box.pressSequentially('@sam the cut-over is in June');
  await expect(check).toContainText('“@sam” is nobody in this engagement yet.');
  await capture.box.press('Enter');
  await check.getByRole('button', { name: 'Add “Sam” as a participant' }).click();
  const form = check.getByRole('form', { name: 'Add a participant' });
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('Sam');
  await expect(form.getByRole('combobox', { name: 'Function' })).toHaveValue('other');
  await form.getByRole('combobox', { name: 'Function' }).selectOption({ label: 'IT / integration' });
  await page.screenshot({ path: `${SCREENS}/capture-marker-add-participant.png` });
  await expectAccessible(page, 'capture adding a participant from a marker');
  await form.getByRole('button', { name: 'Add participant' }).click();
  await expect(capture.saveIndicator).toHaveText('Saved D1-003');
  await expect(capture.note('the cut-over is in June')).toContainText('Sam');
  expect(harness.query('SELECT name, function, days_attended FROM participants WHERE name = ?', 'Sam')).toEqual([{ name: 'Sam', function: 'it-integration', days_attended: '[1]' }]);

  // An explicit "save as plain text" keeps the marker as typed; an ambiguous speaker lists both people.
  await capture.box.pressSequentially('!urgent call @an back');
  await expect(check.getByRole('group', { name: 'What “@an” means' }).getByRole('button')).toHaveText(['Ana Silva', 'Anders Berg']);
  await check.getByRole('button', { name: 'Anders Berg' }).click();
  await capture.box.press('Enter');
  await check.getByRole('button', { name: 'Save with “!urgent” as plain text' }).click();
  await expect(capture.saveIndicator).toHaveText('Saved D1-004');
  expect(saved().slice(1)).toEqual([
    { text: 'nobody watches drift', kind: 'observation', area: 'production-requirements', speaker_name: '' },
    { text: 'the cut-over is in June', kind: 'observation', area: null, speaker_name: 'Sam' },
    { text: '!urgent call back', kind: 'observation', area: null, speaker_name: 'Anders Berg' },
  ]);
});
