import { expect, test, type Browser, type Page } from '@playwright/test';
import { apiCall } from './api.ts';
import { freshDataDir, startHost, type RunningHost } from './host.ts';
import { boardItems, openApp, seriousViolations, startSession, type BoardItem } from './room.ts';

let host: RunningHost;
test.afterEach(async () => host?.stop());

const PHONE = { width: 360, height: 640 };
const NAMES = ['Cees', 'Dirk', 'Eva'];

/** A participant's phone: a fresh context of its own, on the join address. */
async function phone(browser: Browser, joinUrl: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(joinUrl);
  return page;
}

async function join(page: Page, code: string, name: string): Promise<void> {
  await page.getByLabel('Room code').fill(code);
  await page.getByLabel('Your name').fill(name);
  // The address may still be waiting out the wrong codes tried before: ask again until in.
  await expect(async () => {
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(page.getByText(`You are in the room as ${name}`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** Two items with options, one after the other on the board. */
async function itemsWithOptions(page: Page): Promise<[BoardItem, BoardItem]> {
  const items = (await boardItems(page)).filter((item) => item.options.length >= 2);
  return [items[0]!, items[1]!];
}

test('the room joins from phones, follows the facilitator, votes, and sees the tally revealed', async ({ browser }) => {
  test.setTimeout(240_000);
  // The room listener is offered on 127.0.0.1 only: no test traffic goes anywhere else.
  host = await startHost(freshDataDir(), undefined, 0, ['--room-addresses', '127.0.0.1']);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await openApp(page, host.url);
  await startSession(page, 'Zaal stemt', 'Anouk, Bram');
  const [first, second] = await itemsWithOptions(page);
  await page.locator(`.agenda-list [data-item-id="${first.id}"]`).click();
  await expect(page.locator('#item-title')).toHaveText(first.title.nl);

  // Open to the room: the trust model is said, the address picked, named votes.
  await page.getByRole('button', { name: 'Meer…' }).click();
  await page.getByRole('button', { name: 'Openen voor de zaal…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByText('Gewoon HTTP op een netwerk dat de bijeenkomst vertrouwt', { exact: false }),
  ).toBeVisible();
  await expect(dialog.getByLabel('Netwerkadres')).toHaveValue('127.0.0.1');
  await dialog.getByLabel('Op naam', { exact: false }).check();
  await dialog.getByRole('button', { name: 'Zaal openen' }).click();
  const joinUrl = (await dialog.getByTestId('room-join-url').textContent())!;
  const code = (await dialog.getByTestId('room-code').textContent())!;
  expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(joinUrl).not.toContain(host.token);
  await expect(dialog.getByRole('img', { name: 'QR-code van het adres om mee te doen' })).toBeVisible();

  // The projector shows how to join.
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Presentatieweergave' }).click();
  const projector = await opened;
  await expect(projector.getByTestId('room-code')).toHaveText(code);
  await expect(projector.getByRole('img', { name: 'QR-code van het adres om mee te doen' })).toBeVisible();

  // Three phones; a wrong code is refused, and repeated wrong codes are slowed down.
  const phones = await Promise.all(NAMES.map(() => phone(browser, joinUrl)));
  const wrong = code === '000000' ? '111111' : '000000';
  const eager = phones[0]!;
  await eager.getByLabel('Room code').fill(wrong);
  await eager.getByLabel('Your name').fill('Cees');
  await eager.getByRole('button', { name: 'Join' }).click();
  await expect(eager.getByTestId('room-error')).toHaveText('That room code is not right.');
  for (let attempt = 0; attempt < 3; attempt++) await eager.getByRole('button', { name: 'Join' }).click();
  await expect(eager.getByTestId('room-error')).toContainText('Too many wrong codes. Try again in');
  for (const [index, participant] of phones.entries()) await join(participant, code, NAMES[index]!);
  await expect(phones[0]!.locator('#item-title')).toHaveText(first.title.en);

  // The facilitator moves on; every phone follows within a second.
  await page.locator(`.agenda-list [data-item-id="${second.id}"]`).click();
  for (const participant of phones)
    await expect(participant.locator('#item-title')).toHaveText(second.title.en, { timeout: 1_000 });

  // Voting: one tap each, confirmed; the facilitator sees how many and who, not what.
  await page.getByRole('button', { name: 'Stemming openen' }).click();
  const [optionA, optionB] = second.options;
  const choices = [optionA!, optionA!, optionB!];
  for (const [index, participant] of phones.entries()) {
    await participant.getByRole('button', { name: choices[index]!.label.en }).click();
    await expect(participant.getByTestId('my-vote')).toContainText(`Your vote: ${choices[index]!.label.en}`);
  }
  const voting = page.locator('.room-voting');
  await expect(voting).toContainText('3 van 3 gestemd');
  await expect(voting.getByTestId('room-tally')).toHaveCount(0);
  for (const option of second.options) await expect(voting).not.toContainText(option.label.nl);

  // The reveal: the tally on every phone and on the projector.
  await page.getByRole('button', { name: 'Uitslag tonen' }).click();
  for (const participant of phones) {
    await expect(participant.locator(`[data-testid="tally"] [data-choice="${optionA!.id}"]`)).toContainText(': 2');
    await expect(participant.locator(`[data-testid="tally"] [data-choice="${optionB!.id}"]`)).toContainText(': 1');
  }
  await expect(projector.locator(`.presenter-room-tally [data-choice="${optionA!.id}"]`)).toHaveAttribute(
    'data-count',
    '2',
  );

  // Named votes are in the audit trail under the participants' own names.
  const session = await apiCall(page, 'sessions.list', {});
  const events = await apiCall(page, 'events.list', { sessionId: session[0]!.id });
  const voters = events.filter((event) => event.type === 'outcome.voted').map((event) => event.actor);
  expect(voters.sort()).toEqual([...NAMES].sort());

  // The participant page passes the WCAG AA checks in both languages.
  const checked = phones[1]!;
  expect(await seriousViolations(checked)).toEqual([]);
  await checked.getByRole('button', { name: 'NL', exact: true }).click();
  await expect(checked.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(checked.locator('#item-title')).toHaveText(second.title.nl);
  expect(await seriousViolations(checked)).toEqual([]);

  // Closing the room ends every phone's access at once, and they say so.
  await page.getByRole('button', { name: 'Meer…' }).click();
  await page.getByRole('button', { name: 'Openen voor de zaal…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Zaal sluiten' }).click();
  await expect(phones[0]!.getByTestId('room-ended')).toHaveText('The room was closed. Thank you for taking part.');
  await expect(checked.getByTestId('room-ended')).toHaveText('De zaal is gesloten. Dank voor het meedoen.');
  await context.close();
});
