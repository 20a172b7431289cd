// Browser e2e of a newcomer's first steps, in real VS Code (code-server + headless Chromium), on a
// workspace of generated articles outside seeds/:
//   1. the offer "Annotate these N articles as news?" appears once; "Not now" dismisses it, also after a reload;
//   2. "News: Treat This Folder as News" from the F1 palette, folder typed in VS Code's own folder
//      dialog: a subfolder with "[" and "{" in its name -> the Stories view lists its articles;
//   3. a hand-written absolute association in .vscode/settings.json -> listed without a reload;
//   4. the same command on the workspace root -> every article is listed;
//   5. the walkthrough "Get started with News Annotator", screenshot (MEDIA=1: media/walkthrough.png).
// With a .vsix argument the package is installed (as a user would); without, the extension is loaded
// from this checkout (extensionDevelopmentPath; build it first with scripts/build.mjs).
// Usage: node test/vscode/newcomer/e2e.js [dist/news-annotator.vsix]   Env: HARNESS_DIR, SHOT (default dist/walkthrough.png), MEDIA=1, KEEP=1

const fs = require('fs');
const path = require('path');
const { article } = require('./articles');

const ROOT = path.resolve(__dirname, '../../..');
const harnessModule = ['test/harness/vscode-harness.js', 'scripts/vscode-harness.js']
  .map((p) => path.join(ROOT, p))
  .find((p) => fs.existsSync(p));
const { runPalette: runPaletteAndWait } = require(path.join(ROOT, 'test/harness/workbench.js'));
const runPalette = (page, title) => runPaletteAndWait(page, title, { waitHidden: false });
const { mkTmp, startCodeServer, installVsix, launchBrowser } = require(harnessModule);
const vsix = process.argv[2] && path.resolve(process.argv[2]);
const shot = path.resolve(process.env.SHOT || path.join(ROOT, 'dist/walkthrough.png'));

const checks = [];
const check = (name, ok, detail = '') => {
  checks.push(!!ok);
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ` -- ${detail}` : ''}`);
};
const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

const SUB = 'clippings [2026] {east}';
const HAND = 'by hand';

function makeWorkspace(dir) {
  const ws = path.join(dir, 'ws');
  for (let i = 0; i < 2; i++) write(path.join(ws, `root-${i}.txt`), article(i, 11));
  for (let i = 0; i < 3; i++) write(path.join(ws, SUB, `clip-${i}.txt`), article(i + 2, 12));
  for (let i = 0; i < 2; i++) write(path.join(ws, HAND, `hand-${i}.txt`), article(i + 4, 13));
  return ws;
}

/** VS Code's own (simple) folder dialog is a quick input holding a path: type the folder's path, accept. */
async function pickFolder(page, folder) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await page.waitForTimeout(300); // the dialog fills in its start folder
  await input.fill(`${folder}/`);
  await page.waitForTimeout(500); // it lists the folder
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 10000 });
}

const STORIES_ROWS = '.pane:has(.pane-header[aria-label^="Stories"]) .monaco-list-row';

/** Article rows of the Stories view (story groups are level 1, their articles level 2). */
async function articleRows(page) {
  return (await page.locator(`${STORIES_ROWS}[aria-level="2"]`).allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
}

async function waitForArticleRows(page, n, ms = 30000) {
  const end = Date.now() + ms;
  let rows = [];
  let shown = false;
  while (Date.now() < end) {
    rows = await articleRows(page);
    if (rows.length === n) return rows;
    // After a window reload the News view may be restored folded away: open it, as a user would.
    if (!shown && Date.now() > end - ms + 5000) {
      shown = true;
      const stories = page.locator('.pane-header[aria-label^="Stories"]').first();
      // (the activity-bar item toggles: click it only when the view is not shown)
      if (!(await stories.isVisible().catch(() => false))) {
        await page
          .locator('.activitybar [aria-label^="News"]')
          .first()
          .click()
          .catch(() => {});
      }
      if ((await stories.getAttribute('aria-expanded').catch(() => 'true')) === 'false') await stories.click().catch(() => {});
    }
    await page.waitForTimeout(250);
  }
  return rows;
}

(async () => {
  const T0 = Date.now();
  const dir = mkTmp('newcomer-e2e-');
  const ws = makeWorkspace(dir);
  const extensionsDir = path.join(dir, 'extensions');
  fs.mkdirSync(extensionsDir);
  if (vsix) installVsix(vsix, extensionsDir, dir);
  const cs = await startCodeServer({ dir, extensionsDir, extraArgs: vsix ? [] : ['--vscode-option', 'enable-smoke-test-driver'] });
  const userSettings = path.join(dir, 'cs-user-data/User/settings.json');
  fs.writeFileSync(
    userSettings,
    JSON.stringify(
      {
        ...JSON.parse(fs.readFileSync(userSettings, 'utf8')),
        'workbench.colorTheme': 'Default Dark Modern',
        'files.simpleDialog.enable': true,
      },
      null,
      2,
    ),
  );
  let ctx;
  try {
    ctx = await launchBrowser(dir);
    const page = ctx.pages()[0] || (await ctx.newPage());
    page.setDefaultTimeout(30000);
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(ws)}${vsix ? '' : `&payload=${encodeURIComponent(JSON.stringify(payload))}`}`);
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { state: 'visible' });

    // Show the News view: activates the extension (nothing in this workspace is news yet).
    await page.locator('.activitybar [aria-label^="News"]').first().click();
    const welcome = await page
      .locator('.pane:has(.pane-header[aria-label^="Stories"])', { hasText: 'No news articles found' })
      .first()
      .waitFor({ timeout: 15000 })
      .then(
        () => true,
        () => false,
      );
    check('the Stories view explains that no articles were found yet', welcome);

    // 1. The offer, once.
    // A toast, or (if it already hid itself) an entry in the notification centre.
    const offerText = 'Annotate these 7 articles as news?';
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: offerText });
    let where = await toast
      .first()
      .waitFor({ timeout: 8000 })
      .then(
        () => toast,
        () => null,
      );
    if (!where) {
      await runPalette(page, 'Notifications: Show Notifications');
      const item = page.locator('.notifications-center .monaco-list-row', { hasText: offerText });
      where = await item
        .first()
        .waitFor({ timeout: 8000 })
        .then(
          () => item,
          () => null,
        );
    }
    check(`the workspace gets the offer "${offerText}"`, where);
    if (!where) await page.screenshot({ path: path.join(dir, 'no-offer.png') });
    else await where.first().locator('.monaco-button', { hasText: 'Not now' }).first().click();
    await page.waitForTimeout(3000);
    const offers = await page
      .locator('.notifications-toasts .notification-toast, .notifications-center .monaco-list-row', { hasText: 'Annotate these' })
      .count();
    check('"Not now" dismisses it, and no second offer comes', offers === 0, `${offers} left`);
    await page.keyboard.press('Escape');

    // One offer per workspace, also after a reload.
    await runPalette(page, 'Developer: Reload Window');
    await page.waitForSelector('.explorer-folders-view .monaco-list-row, .activitybar', { state: 'visible' });
    await page.locator('.activitybar [aria-label^="News"]').first().click();
    await page
      .locator('.pane:has(.pane-header[aria-label^="Stories"])', { hasText: 'No news articles found' })
      .first()
      .waitFor({ timeout: 20000 })
      .catch(() => {});
    await page.waitForTimeout(6000); // past the offer's delay after activation
    await runPalette(page, 'Notifications: Show Notifications');
    await page.waitForTimeout(500);
    const again = await page
      .locator('.notifications-toasts .notification-toast, .notifications-center .monaco-list-row', { hasText: 'Annotate these' })
      .count();
    check('no offer after a reload', again === 0, `${again} offers`);
    await page.keyboard.press('Escape');

    // 2. The palette command on a subfolder with glob characters in its name.
    await runPalette(page, 'News: Treat This Folder as News');
    await pickFolder(page, path.join(ws, SUB));
    let rows = await waitForArticleRows(page, 3);
    check(`"Treat This Folder as News" on "${SUB}" lists its 3 articles`, rows.length === 3, JSON.stringify(rows));

    // 3. A hand-written absolute association (the file edited on disk, as in any editor).
    const settingsFile = path.join(ws, '.vscode/settings.json');
    const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
    settings['files.associations'][`${path.join(ws, HAND)}/*.txt`] = 'news';
    write(settingsFile, JSON.stringify(settings, null, 2));
    rows = await waitForArticleRows(page, 5);
    check('a hand-written absolute association adds its 2 articles without a reload', rows.length === 5, JSON.stringify(rows));

    // 4. The workspace root.
    await runPalette(page, 'News: Treat This Folder as News');
    await pickFolder(page, ws);
    rows = await waitForArticleRows(page, 7);
    check('"Treat This Folder as News" on the workspace root lists all 7 articles', rows.length === 7, JSON.stringify(rows));

    // 5. The walkthrough.
    await runPalette(page, 'Welcome: Open Walkthrough...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with News Annotator' }).first().click();
    const walk = page.locator('.gettingStartedContainer', { hasText: 'Get started with News Annotator' });
    const shown = await walk
      .first()
      .waitFor({ timeout: 15000 })
      .then(
        () => true,
        () => false,
      );
    check('the walkthrough opens with its title', shown);
    const steps = await page
      .locator('.gettingStartedContainer .getting-started-step')
      .allInnerTexts()
      .catch(() => []);
    check('it has the five steps', steps.length === 5, JSON.stringify(steps.map((s) => s.split('\n')[0])));
    await page
      .locator('.gettingStartedContainer .getting-started-step', { hasText: 'Treat your own folder as news' })
      .first()
      .click()
      .catch(() => {});
    await page.waitForTimeout(1000);
    fs.mkdirSync(path.dirname(shot), { recursive: true });
    await page.mouse.move(1, 1);
    await page.screenshot({ path: shot });
    console.log(`screenshot: ${path.relative(process.cwd(), shot)}`);

    // 6. A step's button runs its command: "Open a Sample Article" opens the bundled samples as news.
    await page.locator('.gettingStartedContainer .getting-started-step', { hasText: 'Open the sample articles' }).first().click();
    await page.locator('.gettingStartedContainer .monaco-button', { hasText: 'Open a Sample Article' }).first().click();
    const tab = await page
      .locator('.tabs-container .tab', { hasText: 'harbour-' })
      .first()
      .waitFor({ timeout: 15000 })
      .then(
        () => true,
        () => false,
      );
    const lang = await page
      .locator('.statusbar-item[id*="editorLanguage" i], .statusbar-item[aria-label*="News Article" i]')
      .first()
      .innerText({ timeout: 5000 })
      .catch(() => '');
    check(
      'the walkthrough\'s "Open a Sample Article" opens a sample as a News Article',
      tab && /News Article/.test(lang),
      `language status: ${JSON.stringify(lang)}`,
    );
    if (!tab) await page.screenshot({ path: path.join(dir, 'no-sample.png') });
  } catch (e) {
    check('e2e flow', false, e.message.split('\n').slice(0, 3).join(' | '));
    const p = ctx && ctx.pages()[0];
    if (p) {
      await p.screenshot({ path: path.join(dir, 'failure.png') }).catch(() => {});
      console.log(`failure screenshot: ${dir}/failure.png`);
    }
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    cs.stop();
  }
  const failed = checks.filter((ok) => !ok).length;
  if (process.env.MEDIA === '1' && !failed) {
    fs.copyFileSync(shot, path.join(ROOT, 'media/walkthrough.png'));
    console.log('screenshot copied to media/walkthrough.png');
  }
  console.log(`${checks.length - failed} passed, ${failed} failed; total ${Date.now() - T0} ms`);
  if (!failed && !process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
