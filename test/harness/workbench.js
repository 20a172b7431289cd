// Small workbench actions shared by the browser e2e tests (run-e2e.js, readerSteps.js, the newcomer e2e).
'use strict';

/** Runs a command from the F1 palette by its title; waits for the palette to close unless told not to. */
async function runPalette(page, title, { waitHidden = true } = {}) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: title.replace(/^.*?: /, '') })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  if (waitHidden) await page.waitForSelector('.quick-input-widget', { state: 'hidden' });
}

/**
 * Is an element matching `selector` drawn over the first rendered occurrence of `word` (screen
 * boxes compared)? With `borderRgb`, only elements whose bottom border has that colour count, and the
 * element must span the whole word. False when the word is not rendered (scrolled away).
 */
const drawnOver = (page, word, selector, borderRgb = null) =>
  page.evaluate(
    ([w, sel, rgb]) => {
      const lines = document.querySelector('.monaco-editor .view-lines');
      const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent.indexOf(w);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + w.length);
        const box = r.getBoundingClientRect();
        return [...document.querySelectorAll(`.monaco-editor ${sel}`)].some((e) => {
          const b = e.getBoundingClientRect();
          if (Math.abs(b.top - box.top) >= box.height) return false;
          if (!rgb) return b.left < box.right - 1 && b.right > box.left + 1;
          const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(getComputedStyle(e).borderBottomColor);
          if (!m || m.slice(1, 4).some((v, k) => Math.abs(Number(v) - rgb[k]) > 2)) return false;
          return b.left <= box.left + 2 && b.right >= box.right - 2;
        });
      }
      return false;
    },
    [word, selector, borderRgb],
  );

module.exports = { runPalette, drawnOver };
