// Entry point the extension host require()s (bundled to out/test/index.js by test/harness/build-tests.mjs).
// The suites register their tests on import, in this order: read-only checks first, then the ones
// that edit the article or the word list, then the robustness files (which also join the corpus,
// so they come after the story tree checks).
import './suite/activation.test';
import './suite/decorations.test';
import './suite/hovers.test';
import './suite/settings.test';
import './suite/settingsDefaults.test';
import './suite/commands.test';
import './suite/storyTree.test';
import './suite/diagnostics.test';
import './suite/readerAnnotations.test';
import './suite/readerMore.test';
import './suite/robustness.test';

export { run } from './runner';
