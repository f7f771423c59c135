import { test, expect } from './harness';
import { EngagementsPage } from './pages/engagements-page';
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
