import type { Page } from '@playwright/test';
import path from 'node:path';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { Engagement } from '../../shared/domain/engagement';
import type { Finding } from '../../shared/domain/finding';
import type { Note } from '../../shared/domain/note';
import type { Participant } from '../../shared/domain/participant';
import { DATABASE_FILE_NAME } from '../../electron/core/start-app-core';
import { expectAccessible } from './axe';
import { test, expect, type Harness } from './harness';
import { call } from './pages/board-page';
import { CommandPalette } from './pages/command-palette';
import { EngagementsPage } from './pages/engagements-page';
import { WorkspacePage } from './pages/workspace-page';

const SHOTS = 'test-results/screens';

/** The projector view is held to AAA contrast (7:1), for a room reading it from the back. */
const PRESENTER_AAA = { rules: ['color-contrast-enhanced'], include: '.presenter' };

/** A mid-week engagement: people, notes of every kind, findings of every severity and kind, scores, a cost model and a roadmap. */
async function seed(harness: Harness): Promise<Engagement> {
  const engagement = await call<Engagement>(harness, 'engagements:create', {
    clientName: 'Northwind Logistics',
    pilotName: 'Invoice extraction assistant',
    weekStart: '2026-03-02',
  });
  await call(harness, 'engagements:create', { clientName: 'Contoso Insurance', pilotName: 'Claims triage', weekStart: '2026-04-13' });
  const id = engagement.id;
  const ana = await call<Participant>(harness, 'participants:create', { engagementId: id, name: 'Ana Silva', function: 'operator', daysAttended: [1, 2] });
  await call<Participant>(harness, 'participants:create', { engagementId: id, name: 'Priya Raman', function: 'sponsor' });
  const notes: Note[] = [];
  for (const [day, kind, text, visibility] of [
    [1, 'observation', 'We process about 9,000 supplier invoices a day at quarter end.', 'client'],
    [1, 'quote', '“If the totals are wrong, we pay the wrong amount.”', 'client'],
    [2, 'risk', 'Scanned invoices were left out of the pilot test set.', 'client'],
    [2, 'question', 'Who signs off the posting when the model is unsure?', 'client'],
    [2, 'observation', 'Sponsor sees this as a headcount play.', 'facilitator'],
  ] as const) {
    notes.push(await call<Note>(harness, 'notes:create', { engagementId: id, day, kind, text, visibility, speakerId: ana.id, tags: ['volume'] }));
  }
  const severities = ['critical', 'high', 'medium', 'low'] as const;
  const kinds = ['risk', 'gap', 'strength', 'opportunity'] as const;
  const areas = ['problem-fit', 'approach', 'production-requirements', 'path-to-ship'] as const;
  for (const [index, area] of areas.entries()) {
    const finding = await call<Finding>(harness, 'findings:create', {
      engagementId: id,
      title: `Finding ${index + 1} for ${area}`,
      body: 'What the room said, and why it matters in production.',
      area,
      day: (index % 2) + 1,
      kind: kinds[index],
      severity: severities[index],
      ownerId: ana.id,
    });
    await call(harness, 'findings:link-note', { findingId: finding.id, noteId: notes[index]!.id });
  }
  await call(harness, 'assessment:score-criterion', { engagementId: id, criterionId: 'pf-value-quantified', score: 'partly', comment: 'Sized, not agreed' });
  await call(harness, 'assessment:score-ml-test', { engagementId: id, testId: 'monitor-7', points: 0.5 });
  await call(harness, 'assessment:rate-cause', { engagementId: id, causeId: 'wrong-owners', rating: 'major-risk', justification: 'No operators' });
  await call(harness, 'cost:create', { engagementId: id, name: 'Base case' });
  await call(harness, 'path:set-recommendation', {
    engagementId: id,
    decision: 'conditional-go',
    rationale: 'Accuracy holds on clean invoices; monitoring and review are missing.',
    conditions: ['Name an owner for monitoring'],
    criterionIds: ['pf-value-quantified'],
    decidedBy: { kind: 'participant', participantId: ana.id },
  });
  await call(harness, 'path:add-phase', { engagementId: id, name: 'Harden on production data', targetWeek: 4, ownerId: ana.id, criterionIds: ['pf-success-metrics'] });
  await call(harness, 'path:add-phase', { engagementId: id, name: 'Integrate with SAP', targetWeek: 10 });
  await call(harness, 'path:save-system', { engagementId: id, name: 'SAP S/4HANA' });
  return engagement;
}

/** What shows that each section has loaded, so axe scans the screen and not a spinner. */
const SECTION_READY: Record<string, (page: Page) => ReturnType<Page['getByRole']>> = {
  Setup: (page) => page.getByRole('form', { name: 'Engagement' }),
  Agenda: (page) => page.getByRole('region', { name: 'Day 1', exact: true }),
  Capture: (page) => page.getByRole('region', { name: 'Timeline' }).getByTestId('note').first(),
  Board: (page) => page.getByRole('table', { name: 'Findings board' }).getByTestId('finding-card').first(),
  Assessment: (page) => page.getByRole('tablist', { name: 'Assessment' }),
  'Cost model': (page) => page.getByRole('region', { name: 'Headline figures at production volume' }),
  'Path to ship': (page) => page.getByRole('region', { name: 'Roadmap' }),
  Deliverables: (page) => page.getByRole('article', { name: 'Report preview' }),
};

for (const theme of ['light', 'dark'] as const) {
  test(`every screen has no serious or critical axe violations, ${theme} theme`, async ({ page, harness }) => {
    // Sixteen full axe scans on a shared two-core machine.
    test.setTimeout(360_000);
    await page.emulateMedia({ colorScheme: theme });
    const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}-${theme}.png` });

    await harness.open();
    const list = new EngagementsPage(page);
    await expect(page.getByRole('heading', { name: 'No engagements yet' })).toBeVisible();
    await expectAccessible(page, 'engagements list, empty');

    const engagement = await seed(harness);
    await page.reload();
    await expect(list.rows).toHaveCount(2);
    await expectAccessible(page, 'engagements list');
    await shot('a11y-engagements');

    const workspace = new WorkspacePage(page);
    await list.open('Northwind Logistics');
    await workspace.expectOpen('Northwind Logistics');
    for (const [section, ready] of Object.entries(SECTION_READY)) {
      await workspace.goTo(section);
      await expect(ready(page)).toBeVisible();
      await expectAccessible(page, section);
      if (['Board', 'Capture', 'Cost model'].includes(section)) await shot(`a11y-${section.toLowerCase().replace(' ', '-')}`);
    }

    await workspace.goTo('Board');
    await page.getByRole('button', { name: 'Present' }).click();
    const presenter = page.getByRole('dialog', { name: /^Presenter/ });
    await expect(presenter).toBeVisible();
    await expect(presenter).toContainText('Finding 1');
    await expectAccessible(page, 'presenter mode', PRESENTER_AAA);
    await shot('a11y-presenter');
    await page.keyboard.press('ArrowRight');
    await expectAccessible(page, 'presenter mode, day readout', PRESENTER_AAA);
    await page.keyboard.press('Escape');
    await expect(presenter).toBeHidden();

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessible(page, 'shortcuts sheet');
    await page.keyboard.press('Escape');

    const palette = new CommandPalette(page);
    await palette.open();
    await palette.input.fill('go');
    await expectAccessible(page, 'command palette');
    await shot('a11y-palette');
    await page.keyboard.press('Escape');

    // The recovery screen: a backup to offer, then a data file that cannot be opened.
    expect(engagement.id).toBeTruthy();
    await harness.runtime.backup('manual');
    harness.restart((dir) => {
      const fd = openSync(path.join(dir, DATABASE_FILE_NAME), 'r+');
      try {
        writeSync(fd, Buffer.from('Not a database!!', 'latin1'), 0, 16, 0);
      } finally {
        closeSync(fd);
      }
    });
    await harness.open();
    // The app checks its data file once per start, as Electron would after a relaunch.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your data file is damaged', level: 1 })).toBeVisible();
    await expect(page.getByTestId('backup-row')).toHaveCount(1);
    await expectAccessible(page, 'recovery screen');
    await shot('a11y-recovery');
  });
}

/** Where the keyboard is, as a sighted user sees it: an outline on the focused control or the label that wraps it. */
async function focusIsVisible(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    // Focus is on the calendar button inside a date field: Chromium draws that ring itself, and
    // styles of its inner parts cannot be read from the page.
    if (el instanceof HTMLInputElement && ['date', 'time'].includes(el.type) && !el.matches(':focus')) return null;
    for (const candidate of [el, el.closest('label'), el.parentElement]) {
      if (!candidate) continue;
      const style = getComputedStyle(candidate);
      if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) return null;
    }
    const name = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent ?? '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''} “${name.trim().slice(0, 40)}”`;
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`every control reached with Tab shows a focus ring, ${theme} theme`, async ({ page, harness }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    const engagement = await seed(harness);
    const hidden: string[] = [];
    for (const section of ['setup', 'board', 'cost-model', 'path-to-ship']) {
      await harness.open(`#/engagements/${engagement.id}/${section}`);
      await expect(page.getByRole('navigation', { name: 'Engagement' })).toBeVisible();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 30; i += 1) {
        await page.keyboard.press('Tab');
        const problem = await focusIsVisible(page);
        if (problem) hidden.push(`${section}: ${problem}`);
      }
    }
    expect([...new Set(hidden)]).toEqual([]);
  });
}
