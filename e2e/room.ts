import { expect, type Page } from '@playwright/test';
import { apiCall } from './api.ts';

/** Helpers for the walkthrough and presenter tests: what the room does, said once. */

export const BOARD = 'webshop-migration';

/**
 * The graph on screen: not a canvas set aside, hidden (BoardGraph): the one shown before, for a
 * moment after another one was drawn, or the item canvas made ahead while the whole board is shown.
 */
export const SHOWN_GRAPH = '.graph-slot:not(.aside)';

export interface BoardItem {
  id: string;
  kind: string;
  title: { nl: string; en: string };
  options: { id: string; label: { nl: string; en: string } }[];
}

export async function boardItems(page: Page): Promise<BoardItem[]> {
  const version = await apiCall(page, 'boards.get', { boardId: BOARD });
  return version.board.items;
}

/** Opens the app; the migration board is the one shown without choosing. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('combobox', { name: /^(Bord|Board)$/ })).toHaveValue(BOARD);
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
}

/** Starts a session in Dutch through the form (setting up, not part of any walk). */
export async function startSession(page: Page, title: string, participants: string): Promise<void> {
  await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
  await page.getByLabel('Titel').fill(title);
  await page.getByLabel('Gespreksleider').fill('Anouk');
  await page.getByLabel("Deelnemers (gescheiden door komma's)").fill(participants);
  await page.getByRole('button', { name: 'Sessie starten' }).click();
  await expect(page.getByRole('combobox', { name: 'Sessie' })).toContainText(title);
  // Open once the agenda can be arranged: the session's outcomes and settings are in.
  await expect(page.getByRole('button', { name: 'Ordenen' })).toBeVisible();
}

/** The agenda's items, top to bottom, as the page shows them. */
export async function agendaOrder(page: Page): Promise<string[]> {
  const rows = page.locator('.agenda-list [data-item-id]');
  // The agenda is drawn a moment after the session shows (the board's workspace in a render React can pause).
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  return rows.evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.itemId!));
}

/** The item the agenda marks as under discussion. */
export function currentAgendaItem(page: Page) {
  return page.locator('.agenda-list [aria-current="true"]');
}

/** Whether the keyboard is on the status chosen now (the outcome form's first field) of the item under discussion. */
export async function focusIsOnFirstField(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const form = document.querySelector('.outcome-form');
    return Boolean(active && form && active === form.querySelector('.status-choice input:checked'));
  });
}

/** Opens the outcome form's less used fields (review date, checklist, votes, notes). */
export async function showMoreFields(page: Page): Promise<void> {
  const more = page.locator('.outcome-more');
  if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
}

/** Serious and critical WCAG 2.1 AA problems only; each listed with where it is, so a failure says what to fix. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
