import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startFreshHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

/** Serious and critical WCAG problems only; each is listed with where it is, so a failure says what to fix. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the main screen, an item with its outcome form, and a dialog pass the WCAG AA checks', async ({ browser }) => {
  // axe needs a page from a fresh context.
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  host = await startFreshHost();
  await page.goto(host.url);
  await page.getByRole('combobox', { name: 'Bord' }).selectOption('webshop-migration');
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
  await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
  await page.getByLabel('Gespreksleider').fill('Anouk');
  await page.getByLabel("Deelnemers (gescheiden door komma's)").fill('Anouk, Bram');
  await page.getByRole('button', { name: 'Sessie starten' }).click();
  // The form closes once the session is open; an item picked before that is reset by the opening.
  await expect(page.getByText('Kies een onderwerp in de agenda of de graaf.')).toBeVisible();
  await page.locator('[data-item-id="team_maturity_vs_cilium"]').click();
  await expect(page.getByRole('group', { name: 'Status' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Sessies…' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
