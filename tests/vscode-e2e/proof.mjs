// Opens a zjgr proof sheet (zjgr lint --format html) in headless Chromium, counts what it shows, tries the family
// filter, and screenshots it. Usage: node proof.mjs SHEET.html SCREENSHOT.png RESULT.json
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [sheet, screenshot, result] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  // The sheet must need no network: Chromium is kept off it.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const requests = [];
  page.on('request', r => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(sheet).href, { waitUntil: 'load' });
  const count = () => page.evaluate(() => {
    const ids = new Set();
    document.querySelectorAll('mark[data-f]').forEach(m => m.dataset.f.split(' ').forEach(id => ids.add(id)));
    const lit = new Set();
    document.querySelectorAll('mark[data-f]:not(.hidden)').forEach(m => m.dataset.f.split(' ').forEach(id => lit.add(id)));
    return {
      markedFindings: ids.size,
      litFindings: lit.size,
      listed: document.querySelectorAll('li.finding').length,
      listedShown: document.querySelectorAll('li.finding:not(.hidden)').length,
      typoListed: document.querySelectorAll('li.finding[data-family="typo"]').length,
      summaryRows: document.querySelectorAll('table.summary tbody tr').length,
    };
  });
  const before = await count();
  // Hover shows a finding's message: the first mark carries it as its title.
  const title = await page.locator('mark[data-f]').first().getAttribute('title');
  await page.locator('input[data-family="typo"]').uncheck();
  const withoutTypo = await count();
  await page.locator('input[data-family="typo"]').check();
  await page.screenshot({ path: screenshot, fullPage: false });
  writeFileSync(result, JSON.stringify({ before, withoutTypo, title, requests }));
} finally {
  await browser.close();
}
