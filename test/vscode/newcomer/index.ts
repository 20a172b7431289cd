// Entry of the newcomer tests (bundled to out/test/newcomer.js by run.js): each suite registers the
// tests of one scenario; NEWCOMER_SCENARIO (set by run.js) picks them.
import './news.test';
import './plain.test';
import './folders.test';
import './multi.test';

export { run } from '../runner';
