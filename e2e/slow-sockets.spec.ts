import { expect, test } from '@playwright/test';
import { connect, type Socket } from 'node:net';
import { startFreshHost, type RunningHost } from './host.ts';
import { SHOWN_GRAPH } from './room.ts';

let host: RunningHost;
const held = new Set<Socket>();
let stopped = false;
let reopened = 0;

test.afterEach(async () => {
  stopped = true;
  held.forEach((socket) => socket.destroy());
  await host?.stop();
});

/**
 * One of sixty connections from this process, silent or sending its headers a byte at a time, and
 * opened again whenever the host closes it: there are sixty slow sockets for as long as the test runs.
 */
function holdSlowSocket(port: number, slowHeaders: boolean): void {
  if (stopped) return;
  const socket = connect(port, '127.0.0.1');
  held.add(socket);
  socket.on('error', () => {});
  socket.on('data', () => {});
  const trickle = setInterval(() => slowHeaders && socket.writable && socket.write('a'), 500);
  socket.once('connect', () => {
    if (slowHeaders) socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
  });
  socket.once('close', () => {
    clearInterval(trickle);
    held.delete(socket);
    reopened++;
    setTimeout(() => holdSlowSocket(port, slowHeaders), 20);
  });
}

test('the page loads and records an outcome while 60 slow sockets are held open', async ({ page }) => {
  host = await startFreshHost();
  const port = Number(new URL(host.origin).port);
  for (let n = 0; n < 60; n++) holdSlowSocket(port, n % 2 === 1);
  await expect.poll(() => held.size).toBe(60);

  await page.goto(host.url);
  await page.getByRole('combobox', { name: /^(Bord|Board)$/ }).selectOption('webshop-migration');
  await expect(page.locator(`${SHOWN_GRAPH} .react-flow__node`).first()).toBeVisible();
  await page.getByRole('button', { name: 'Nieuwe sessie' }).click();
  await page.getByLabel('Titel').fill('Onder druk');
  await page.getByLabel('Gespreksleider').fill('Anouk');
  await page.getByRole('button', { name: 'Sessie starten' }).click();
  await expect(page.getByRole('combobox', { name: 'Sessie' })).toContainText('Onder druk');
  await page.locator('[data-item-id]').first().click();
  await page.getByRole('group', { name: 'Status' }).getByRole('radio', { name: 'Uitgesteld' }).check();
  await page.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(page.getByText(/Opgeslagen om/)).toBeVisible();
  // The slow sockets were there all along: the host closes those over its per-address cap to make
  // room for the page, and each one closed was opened again at once.
  expect(held.size).toBeGreaterThan(20);
  expect(reopened).toBeGreaterThan(0);
});
