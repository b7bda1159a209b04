import { test } from '@playwright/test';
import { freshDataDir, startHost } from './host.ts';
import { openApp, startSession } from './room.ts';

test('tour', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const host = await startHost(freshDataDir());
  await openApp(page, host.url);
  await startSession(page, 'Kwartaalreview Q1', 'Bram, Chris');
  await page.keyboard.press('n');
  await page.locator('.outcome-form select').first().selectOption('decided');
  await page.locator('.outcome-form').getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await page.waitForTimeout(500);
  let n = 0;
  for (const name of ['Logboek', 'Vergelijken…', /Beslisboom/, 'Traceerbaarheid…', /bron/i, 'Instellingen']) {
    await page.getByRole('button', { name: 'Meer…' }).click();
    const button = page.getByRole('button', { name });
    if ((await button.count()) === 0) { console.log('no', String(name)); await page.keyboard.press('Escape'); continue; }
    await button.first().click();
    await page.waitForTimeout(700);
    await page.screenshot({ path: `/tmp/d${++n}.png` });
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('?');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/d${++n}.png` });
  await page.keyboard.press('Escape');
  await host.stop();
});
