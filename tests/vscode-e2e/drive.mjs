// Drives a running code-server the way a copy editor would: opens a page, waits for zjgr's count in the status bar,
// reads the Problems panel, applies the quick fix at one place and saves, runs "fix all" and saves, runs "lint
// workspace" and reads the Problems panel's count for each page, then turns a rule off in the workspace settings. The
// screenshot shows the page after the quick
// fix, or where a step failed.
// Usage: node drive.mjs URL FILE LINE:COLUMN SCREENSHOT OUT.json WORKSPACE/.vscode/settings.json
// It only observes and reports; VsCodeTests.cs decides what is right. Progress goes to stderr.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const [url, file, position, screenshot, out, settingsFile] = process.argv.slice(2);
const result = { steps: [] };
const step = (name) => { result.steps.push(name); console.error(`vscode-e2e: ${name}`); };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  // Root in a container: no sandbox. The machine's network is closed, so Chromium must not phone home.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

/** zjgr's own status bar item: "zjgr N" while the page has findings, "zjgr" when it has none. */
const zjgrStatus = page.locator('footer .statusbar-item').filter({ hasText: /^\s*zjgr\b/ }).first();
async function zjgrCount() {
  const text = (await zjgrStatus.innerText({ timeout: 1000 }).catch(() => '')).trim();
  const match = /^zjgr(?:\s+(\d+))?$/.exec(text.replace(/\s+/g, ' '));
  return match ? Number(match[1] ?? 0) : undefined;
}

/** Waits until the count satisfies the test and then holds for two seconds (the server debounces its lints). */
async function settledCount(accept, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last, since = Date.now();
  while (Date.now() < deadline) {
    const count = await zjgrCount();
    if (count !== last) { last = count; since = Date.now(); }
    else if (count !== undefined && accept(count) && Date.now() - since >= 2000) { return count; }
    await page.waitForTimeout(250);
  }
  throw new Error(`zjgr status count did not settle (last seen: ${last})`);
}

async function save() {
  step('save');
  await page.keyboard.press('Control+S');
  await page.waitForSelector('.tab.dirty', { state: 'detached', timeout: 30_000 });
}

/** Runs a command from the command palette, found by a piece of its title. */
async function runCommand(title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget', { state: 'visible', timeout: 30_000 });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/** The Problems panel collapsed to one row a file, read once it has more than the open page and has settled. */
async function problemFiles() {
  await page.keyboard.press('Control+Shift+M');
  const collapse = page.locator('.part.panel .codicon-collapse-all').first();
  const fileRows = page.locator('.markers-panel .monaco-list-row[aria-level="1"]');
  const deadline = Date.now() + 60_000;
  let last = '', since = Date.now();
  while (Date.now() < deadline) {
    await collapse.click({ timeout: 5000 });
    const labels = await fileRows.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));
    const now = labels.join('\n');
    if (now !== last) { last = now; since = Date.now(); }
    else if (labels.length > 1 && Date.now() - since >= 2000) {
      // "154 problems in file 000_….txt of folder ." (or "1 problem in file …").
      return Object.fromEntries(labels.map((label) => {
        const match = /^(\d+) problems? in file (\S+)/.exec(label ?? '');
        return match ? [match[2], Number(match[1])] : [label, -1];
      }));
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`the Problems panel did not settle on the workspace's pages (last seen: ${last})`);
}

try {
  step('open workbench');
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  await page.waitForTimeout(2000);

  step(`open ${file}`);
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget', { state: 'visible', timeout: 30_000 });
  await page.keyboard.type(file);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${file}"]`, { timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab[aria-label*="${file}"]`, { timeout: 30_000 });

  step('wait for findings');
  result.before = await settledCount((n) => n > 0, 120_000);

  step('read Problems panel');
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
  // The list draws only the rows in view: maximize the panel while reading it, if the button is there.
  const maximize = page.locator('.part.panel .codicon-panel-maximize').first();
  const maximized = await maximize.click({ timeout: 5000 }).then(() => true, () => false);
  await page.waitForTimeout(1000);
  result.problemRows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  // The same button restores it (its icon may change with the state).
  if (maximized) {
    await page.locator('.part.panel .codicon-panel-restore, .part.panel .codicon-panel-maximize').first().click({ timeout: 5000 });
  }

  step(`quick fix at ${position}`);
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget', { state: 'visible', timeout: 30_000 });
  await page.keyboard.type(position);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget .monaco-list-row.action');
  await menu.first().waitFor({ state: 'visible', timeout: 30_000 });
  result.actions = (await menu.allInnerTexts()).map((t) => t.trim());
  await page.keyboard.press('Enter');
  result.after = await settledCount((n) => n !== result.before, 60_000);

  await save();
  await page.screenshot({ path: screenshot });

  step('command: fix all');
  await runCommand('(Fix all)');
  result.afterFixAll = await settledCount((n) => n !== result.after, 60_000);
  await save();

  step('command: lint workspace');
  await runCommand('(Lint workspace)');
  result.files = await problemFiles();

  // As a user would in the workspace's .vscode/settings.json: turn one rule off; VS Code reloads the file and
  // tells the server, which lints again. (code-server does not notice the user settings file changing on disk.)
  step('setting: layout/split-paragraph off');
  mkdirSync(dirname(settingsFile), { recursive: true });
  const settings = existsSync(settingsFile) ? JSON.parse(readFileSync(settingsFile, 'utf8')) : {};
  settings['zjgr.rules'] = { 'layout/split-paragraph': 'off' };
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
  result.afterRuleOff = await settledCount((n) => n !== result.afterFixAll, 60_000);
  result.ok = true;
} catch (error) {
  result.ok = false;
  result.error = String(error?.message ?? error).split('\n')[0];
  console.error(`vscode-e2e: failed: ${result.error}`);
} finally {
  if (!result.ok) await page.screenshot({ path: screenshot }).catch(() => {});
  writeFileSync(out, JSON.stringify(result, null, 2));
  await browser.close();
}
