#!/usr/bin/env bash
# npm test: every tier, from a fresh clone, fastest first: build, type checks (root and the pure core),
# lint (Biome), dependency rules, unit tests, the slow tier (1 MB and property-based inputs, npm pack),
# then the real VS Code: in-extension-host integration tests and the browser e2e test against the
# packaged .vsix. SKIP_VSCODE=1 stops before the VS Code tiers.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo; echo "=== $* ($(date +%T))"; }

step "build"
node scripts/build.mjs --quiet
step "type check (root, then src/core without Node or DOM types)"
npx tsc -p . --noEmit
npx tsc -p src/core/tsconfig.json
step "lint and format check (biome check)"
npx biome check
step "dependency rules (dependency-cruiser)"
npx depcruise src --config .dependency-cruiser.cjs
step "unit tests (vitest)"
npx vitest run
step "slow tests (vitest.slow.config.mts: *.slow.test.ts)"
npx vitest run --config vitest.slow.config.mts
step "archives: Dask LocalCluster (2 workers, loopback) vs the single-process CLI"
bash test/archive/dask.test.sh
if [ "${SKIP_VSCODE:-}" = 1 ]; then echo "SKIP_VSCODE=1: skipping the tests in VS Code"; exit 0; fi

step "real VS Code: harness setup (cached in .vscode-test-harness/, or HARNESS_DIR)"
bash scripts/ci-setup.sh
step "in-extension-host integration tests (code-server)"
node test/harness/build-tests.mjs
node test/harness/run-exthost-tests.js
step "in-extension-host tests in generated workspaces (folder offer, associations, progress, log)"
node test/vscode/newcomer/run.js
step "package .vsix"
bash scripts/package.sh
step "browser e2e (Playwright + Chromium)"
node test/harness/run-e2e.js dist/news-annotator.vsix
step "browser e2e: a newcomer's first steps"
node test/vscode/newcomer/e2e.js dist/news-annotator.vsix
