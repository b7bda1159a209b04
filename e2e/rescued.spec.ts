import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDataDir, startHost, type RunningHost } from './host.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

test('the page announces a rescued database copy, where it is and how to go on from it, in its language', async ({
  page,
}) => {
  const dataDir = freshDataDir();
  mkdirSync(dataDir, { recursive: true });
  const copy = join(dataDir, 'boardwalk.rescued-2026-12-07T10-00-00-000Z.db');
  writeFileSync(copy, 'what a previous run rescued');
  host = await startHost(dataDir);
  await page.goto(host.url);
  const dutch = page.getByRole('alert').filter({ hasText: 'Geredde gegevens gevonden' });
  await expect(dutch).toContainText(copy);
  await expect(dutch).toContainText(join(dataDir, 'boardwalk.db'));
  await page.getByRole('button', { name: 'EN', exact: true }).click();
  const english = page.getByRole('alert').filter({ hasText: 'Rescued data found' });
  await expect(english).toContainText('close Boardwalk, put it in place of');
  await english.getByRole('button').click();
  await expect(english).toHaveCount(0);
});
