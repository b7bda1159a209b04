import { expect, test, type Locator, type Page } from '@playwright/test';
import { callApi } from './api.ts';
import { startFreshHost, type RunningHost } from './host.ts';

// U+202E RIGHT-TO-LEFT OVERRIDE: everything after it in the same bidi paragraph or isolate is laid
// out right to left. In text from users or boards it must stay inside that text.
const RLO = '\u202e';
let host: RunningHost;
test.afterEach(async () => host?.stop());

async function open(page: Page) {
  await page.goto(host.url);
  await page.getByRole('combobox', { name: /^(Bord|Board)$/ }).selectOption('webshop-migration');
  await page.getByRole('button', { name: 'EN', exact: true }).click();
}

/** Where each character of the element's own text is drawn, left edge first; spaces left out. */
function glyphLefts(element: Locator): Promise<number[]> {
  return element.evaluate((node) => {
    const lefts: number[] = [];
    const range = document.createRange();
    for (const child of node.childNodes) {
      if (child.nodeType !== Node.TEXT_NODE) continue;
      const text = child.textContent ?? '';
      for (let at = 0; at < text.length; at++) {
        if (text[at]!.trim() === '') continue;
        range.setStart(child, at);
        range.setEnd(child, at + 1);
        lefts.push(range.getBoundingClientRect().left);
      }
    }
    return lefts;
  });
}

function isLeftToRight(lefts: number[]): boolean {
  return lefts.length > 1 && lefts.every((left, at) => at === 0 || left > lefts[at - 1]!);
}

async function leftOf(element: Locator): Promise<number> {
  return (await element.boundingBox())!.x;
}

test('a right-to-left override in a session title does not reorder the labels beside it', async ({ page }) => {
  host = await startFreshHost();
  await callApi(host, 'sessions.create', {
    boardId: 'webshop-migration',
    title: `Quarter ${RLO}review three`,
    date: '2026-09-30',
    facilitator: 'Anouk',
    language: 'en',
  });
  await open(page);
  await page.getByRole('button', { name: 'Sessions…' }).click();
  const row = page.locator('.session-row').first();
  const title = row.locator('.session-summary strong');
  const date = row.locator('.session-summary > span').first();
  const state = row.locator('.session-state');
  await expect(state).toHaveText('Open');
  expect(isLeftToRight(await glyphLefts(state)), 'the label "Open" is drawn backwards').toBe(true);
  expect(isLeftToRight(await glyphLefts(date)), 'the date is drawn backwards').toBe(true);
  const [titleLeft, dateLeft, stateLeft] = [await leftOf(title), await leftOf(date), await leftOf(state)];
  expect(dateLeft).toBeGreaterThan(titleLeft);
  expect(stateLeft).toBeGreaterThan(dateLeft);
});

test('a right-to-left override in a rationale stays inside the rationale in the audit trail', async ({ page }) => {
  host = await startFreshHost();
  const session = await callApi(host, 'sessions.create', {
    boardId: 'webshop-migration',
    title: 'Plain title',
    date: '2026-09-30',
    facilitator: 'Anouk',
    language: 'en',
  });
  const board = (await (
    await fetch(`${host.origin}/api/boards.get`, {
      method: 'POST',
      headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ boardId: 'webshop-migration' }),
    })
  ).json()) as { value: { board: { items: { id: string }[] } } };
  await callApi(host, 'outcomes.record', {
    sessionId: session.id,
    itemId: board.value.board.items[0]!.id,
    changes: { status: 'decided', rationale: `Because ${RLO}cheaper by far` },
    actor: 'Anouk',
  });
  await open(page);
  await page.getByRole('combobox', { name: 'Session' }).selectOption(session.id);
  await page.getByRole('button', { name: /^(More|Meer)…$/ }).click();
  await page.getByRole('button', { name: 'Audit trail' }).click();
  const row = page.getByRole('dialog').locator('tbody tr').filter({ hasText: 'cheaper' });
  const cells = row.locator('td');
  const count = await cells.count();
  const lefts = await Promise.all(Array.from({ length: count }, (_, at) => leftOf(cells.nth(at))));
  expect(
    lefts.every((left, at) => at === 0 || left > lefts[at - 1]!),
    `the columns are out of order: ${JSON.stringify(lefts)}`,
  ).toBe(true);
  // Each cell's text sits in its line-clamped wrapper.
  const who = cells.filter({ hasText: 'Anouk' }).locator('.audit-wrap');
  expect(isLeftToRight(await glyphLefts(who)), 'the actor is drawn backwards').toBe(true);
  const described = cells.filter({ hasText: 'cheaper' }).locator('.audit-wrap');
  const lettersOfDecided = (await glyphLefts(described)).slice(0, 'Decided:'.length);
  expect(isLeftToRight(lettersOfDecided), 'the status before the rationale is drawn backwards').toBe(true);
});
