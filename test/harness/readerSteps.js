// Browser e2e steps for the reader's annotations (issue "Annotate as a reader"), run by the main e2e
// flow on seed 000: select words, run "News: Annotate Selection…" from the palette, pick a label,
// write a note; then the highlight (the label's colour) and the comment thread are on screen, and a
// screenshot is taken for the README.
'use strict';
const { drawnOver } = require('./workbench');

const CLAIM = [209, 154, 102]; // #d19a66, the "Claim" label's default colour (src/core/annotations/taxonomy.ts)

/** rgb(a) string → [r, g, b]. */
const rgb = (c) => {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(c);
  return m ? m.slice(1, 4).map(Number) : null;
};

async function readerAnnotationSteps(page, h) {
  // Line 4 of seed 000: "There were no casualties as a result of the day-time attack, …"
  await h.goToLine(page, '4:1');
  await page.keyboard.down('Shift');
  for (let i = 0; i < 'There were no casualties'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
  // The palette, then the label picker in the same quick-input widget (it stays open in between).
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('News: Annotate Selection');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Annotate Selection' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Check-worthy' }).first().waitFor();
  await page.keyboard.type('Claim');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Claim' }).first().waitFor();
  await page.keyboard.press('Enter');
  // The note's input box (the same widget, now without a list).
  await page.locator('.quick-input-widget', { hasText: 'Note (optional)' }).first().waitFor();
  await page.keyboard.type('Check with the city: were there really no casualties?');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden' });

  // The highlight: a decoration whose bottom border has the label's colour, over the selected words.
  let drawn = [];
  for (let i = 0; i < 40 && !drawn.length; i++) {
    drawn = await page.$$eval('.monaco-editor [class*="ced-"]', (els) =>
      els.map((e) => ({
        border: getComputedStyle(e).borderBottomColor,
        width: getComputedStyle(e).borderBottomWidth,
        text: e.textContent,
      })),
    );
    drawn = drawn.filter((d) => {
      const c = rgb(d.border);
      return c && c.every((v, k) => Math.abs(v - CLAIM[k]) <= 2) && d.width === '2px';
    });
    if (!drawn.length) await page.waitForTimeout(250);
  }
  h.check('the annotation is drawn in the Claim colour', drawn.length > 0, JSON.stringify(drawn.slice(0, 2)));
  // Decorations are drawn beside the text, not around it: compare their boxes with the words' box.
  const covers = await drawnOver(page, 'casualties', '[class*="ced-"]', CLAIM);
  h.check('the highlight covers the selected words', covers);

  // The note as a comment thread in the editor (expanded when it is made).
  const thread = page.locator('.review-widget, .comment-thread-widget, .monaco-editor .review-widget').first();
  const threadText = await thread.innerText({ timeout: 15000 }).catch(() => '');
  h.check(
    'the note is shown as a comment thread',
    /were there really no casualties/.test(threadText),
    JSON.stringify(threadText.slice(0, 120)),
  );

  // The Annotations view lists it under its label.
  let rows = [];
  for (let i = 0; i < 40 && !rows.some((r) => /Claim/.test(r)); i++) {
    if (i) await page.waitForTimeout(250);
    rows = await page
      .locator('.pane:has(.pane-header[aria-label^="Annotations"]) .monaco-list-row')
      .allInnerTexts()
      .catch(() => []);
  }
  h.check(
    'the Annotations view lists the annotation under "Claim"',
    rows.some((r) => /Claim/.test(r)),
    JSON.stringify(rows.slice(0, 4)),
  );
  await h.screenshot(page, h.themedShot('annotation'));
  await commentThreadSteps(page, h);
}

/** The thread's own buttons, as a reader clicks them: Reply, the comment's … menu → Edit → Save, Resolve / Reopen. */
async function commentThreadSteps(page, h) {
  const widget = page.locator('.review-widget').first();
  const text = () => widget.innerText().catch(() => '');
  const until = async (ok) => {
    for (let i = 0; i < 40; i++) {
      if (ok(await text())) return true;
      await page.waitForTimeout(250);
    }
    return false;
  };
  // Reply: type in the thread's reply box, press its Reply button.
  await widget.locator('.comment-form .monaco-editor').first().click();
  await page.keyboard.type('The city confirmed it on the phone.');
  const replyButton = widget.getByRole('button', { name: 'Reply', exact: true }).first();
  if (await replyButton.isVisible().catch(() => false)) await replyButton.click();
  else await page.keyboard.press('Control+Enter'); // the comment box's own "submit" key
  h.check(
    'Reply adds the reply to the thread',
    await until((t) => /confirmed it on the phone/.test(t)),
    JSON.stringify((await text()).slice(0, 200)),
  );

  // Edit the reply: its … menu (the comment title menu) → Edit, change the text, Save.
  const reply = widget.locator('.review-comment', { hasText: 'confirmed it on the phone' }).first();
  await reply.hover();
  await reply
    .locator('.codicon-toolbar-more, [aria-label*="More Actions"], [aria-label*="Actions"]')
    .first()
    .click({ timeout: 5000 })
    .catch(() => {});
  const edit = page.locator('.monaco-menu .action-item:not(.disabled) .action-label', { hasText: /^Edit$/ }).first();
  const editShown = await edit.waitFor({ timeout: 5000 }).then(
    () => true,
    () => false,
  );
  h.check('the comment menu offers Edit', editShown);
  if (editShown) {
    await edit.click();
    const box = reply.locator('.edit-container .monaco-editor').first();
    await box.click({ timeout: 5000 }).catch(() => {});
    await page.keyboard.press('Control+A');
    await page.keyboard.type('The city confirmed it by email.');
    await widget
      .getByRole('button', { name: 'Save', exact: true })
      .first()
      .click({ timeout: 5000 })
      .catch(() => {});
    h.check(
      'Edit → Save changes the reply',
      await until((t) => /confirmed it by email/.test(t) && !/on the phone/.test(t)),
      JSON.stringify((await text()).slice(0, 200)),
    );
  }

  // Resolve in the thread's title bar: the thread is marked resolved, and VS Code folds resolved
  // threads away (comments.collapseOnResolve) or offers Reopen in its title.
  const resolve = widget.locator('[aria-label="Resolve"]').first();
  const offered = await resolve.isVisible().catch(() => false);
  h.check('the thread title offers Resolve', offered);
  if (offered) await resolve.click();
  let resolved = false;
  for (let i = 0; i < 20 && !resolved; i++) {
    if (i) await page.waitForTimeout(250);
    resolved =
      (await widget
        .locator('[aria-label="Reopen"]')
        .first()
        .isVisible()
        .catch(() => false)) || !(await widget.isVisible().catch(() => false));
  }
  h.check('Resolve marks the thread resolved (folded away, or Reopen offered)', offered && resolved);
  await page.keyboard.press('Escape');
}

module.exports = { readerAnnotationSteps };
