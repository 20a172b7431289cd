#!/usr/bin/env bash
# npm test: everything, from a fresh clone. Unit tests first (fast), then the real VS Code:
# in-extension-host integration tests and the browser e2e test against the packaged .vsix.
# SKIP_VSCODE=1 runs only the build, type check and unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo; echo "=== $* ($(date +%T))"; }

step "build"
node scripts/build.mjs --quiet
step "type check"
npx tsc -p . --noEmit
step "unit tests (vitest)"
npx vitest run
if [ "${SKIP_VSCODE:-}" = 1 ]; then echo "SKIP_VSCODE=1: skipping the tests in VS Code"; exit 0; fi

step "real VS Code: harness setup (cached in .vscode-test-harness/)"
bash scripts/ci-setup.sh
step "in-extension-host integration tests (code-server)"
node scripts/build-tests.mjs
node scripts/run-exthost-tests.js
step "package .vsix"
bash scripts/package.sh
step "browser e2e (Playwright + Chromium)"
node scripts/run-e2e.js dist/news-annotator.vsix
