// A workspace of plain notes: the extension never offers to treat them as news.
import * as assert from 'node:assert';
import { api } from '../helpers';
import { sleep } from '../runner';
import { scenarioTest } from './helpers';

scenarioTest('plain', 'a workspace of non-news .txt files gets no offer', async () => {
  const a = await api();
  await sleep(4000); // past the offer's delay after activation
  assert.strictEqual(a.folderPrompt.offers.length, 0, `offered: ${a.folderPrompt.offers.map((o) => o.message).join(' | ')}`);
  assert.strictEqual(await a.folderPrompt.check(), 'notNews');
  assert.strictEqual(a.folderPrompt.offers.length, 0);
  assert.ok(a.log.recent.some((l) => /does not look like news/.test(l)), 'the decision is in the log');
});
