import type { Engagement } from '../../shared/domain/engagement';
import { test, expect } from './harness';
import { call } from './pages/board-page';
import { CommandPalette } from './pages/command-palette';
import { EngagementsPage } from './pages/engagements-page';
import { WorkspacePage } from './pages/workspace-page';
import { WORKSPACE_SECTIONS } from '../../renderer/store/route';

test('Help → Keyboard Shortcuts lists the shortcuts and closes with Escape', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.expectVisible();
  await harness.emit('menu:command', 'show-shortcuts');
  const dialog = list.dialog('Keyboard shortcuts');
  await expect(dialog).toBeVisible();
  const keysFor = (does: RegExp) => dialog.getByRole('row', { name: does }).getByRole('cell').first();
  await expect(keysFor(/New engagement/)).toHaveText('Ctrl N');
  await expect(keysFor(/Go to Setup, Agenda, Capture/)).toHaveText(`Alt 1–${WORKSPACE_SECTIONS.length}`);
  await expect(keysFor(/Agenda: move the session to the previous or next day/)).toHaveText('Alt ← / →');
  await expect(keysFor(/Show these shortcuts/)).toHaveText('Ctrl /');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/shortcuts-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await harness.emit('menu:command', 'show-shortcuts');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('Ctrl+K opens the command palette: filter as you type, arrows and Enter run, Escape closes', async ({ page, harness }) => {
  const northwind = await call<Engagement>(harness, 'engagements:create', { clientName: 'Northwind', pilotName: 'Invoice reader', weekStart: '2026-03-02' });
  await call<Engagement>(harness, 'engagements:create', { clientName: 'Contoso', pilotName: 'Claims triage', weekStart: '2026-04-13' });
  await harness.open(`#/engagements/${northwind.id}/agenda`);
  const workspace = new WorkspacePage(page);
  await workspace.expectOpen('Northwind');
  const palette = new CommandPalette(page);

  await palette.open();
  await expect(palette.options.filter({ hasText: 'Cost model' })).toHaveCount(1);
  await expect(palette.options.filter({ hasText: 'Contoso · Claims triage' })).toHaveCount(1);
  await palette.input.fill('bo');
  await expect(palette.options.first()).toContainText('Board');
  await expect(palette.selected()).toContainText('Board');
  await page.keyboard.press('ArrowDown');
  await expect(palette.selected()).not.toContainText('Board');
  const selectedId = await palette.selected().getAttribute('id');
  await expect(palette.input).toHaveAttribute('aria-activedescendant', selectedId!);
  await expect(palette.dialog.getByRole('status')).toHaveText(/^\d+ commands?$/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(palette.dialog).toBeHidden();
  await expect(workspace.sectionTitle).toHaveText('Board');

  await palette.run('new note');
  await expect(workspace.sectionTitle).toHaveText('Capture');
  await expect(page.getByRole('textbox', { name: 'Note', exact: true })).toBeFocused();

  await palette.run('new finding');
  await expect(page.getByRole('dialog', { name: 'New finding' })).toBeVisible();
  await page.keyboard.press('Escape');

  await palette.run('presenter');
  await expect(page.getByRole('dialog', { name: /^Presenter/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /^Presenter/ })).toBeHidden();

  await palette.open();
  await palette.input.fill('zzz');
  await expect(palette.options).toHaveCount(0);
  await expect(palette.dialog).toContainText('No command matches “zzz”');
  await page.keyboard.press('Escape');
  await expect(palette.dialog).toBeHidden();

  await palette.run('contoso');
  await workspace.expectOpen('Contoso');

  await palette.run('all engagements');
  await new EngagementsPage(page).expectVisible();
  await palette.run('shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Command palette/ }).getByRole('cell').first()).toHaveText('Ctrl K');
});

test('? opens the shortcuts sheet, except while typing in a field', async ({ page, harness }) => {
  await harness.open();
  const list = new EngagementsPage(page);
  await list.expectVisible();
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  await list.dialog('New engagement').getByLabel('Client').pressSequentially('What?');
  await expect(list.dialog('New engagement').getByLabel('Client')).toHaveValue('What?');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(list.dialog('Keyboard shortcuts')).toBeVisible();
});

test('the theme can be chosen from the command palette and is kept after a reload', async ({ page, harness }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await harness.open();
  await new EngagementsPage(page).expectVisible();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const palette = new CommandPalette(page);
  await palette.run('theme dark');
  await expect.poll(background).not.toBe(light);
  const dark = await background();
  await page.reload();
  await new EngagementsPage(page).expectVisible();
  expect(await background()).toBe(dark);
  await palette.run('follow the system');
  await expect.poll(background).toBe(light);
});
