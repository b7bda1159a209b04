import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const child = spawn(process.execPath, ['bin/boardwalk.mjs','serve','--port','0','--data-dir','/tmp/dbg-data-'+Date.now(),'--token','tok'], {stdio:['ignore','pipe','pipe']});
const url = await new Promise(r => child.stdout.on('data', d => { const m=/running at (\S+)/.exec(String(d)); if (m) r(m[1]); }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args:['--disable-background-networking'] });
const page = await browser.newPage();
page.on('console', m => console.log('console', m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e.message));
await page.goto(url);
await page.waitForTimeout(3000);
await page.getByRole('combobox', { name: /^(Bord|Board)$/ }).selectOption('webshop-migration');
for (let i=0;i<30;i++){ if (await page.locator(".react-flow__node").count()) {console.log("after",i,"s"); break;} await page.waitForTimeout(1000);}
console.log(await page.locator('.react-flow__node').count(), await page.locator('body').innerText().then(t=>t.slice(0,500)));
await page.screenshot({ path: '/tmp/dbg.png' });
await browser.close(); child.kill();
