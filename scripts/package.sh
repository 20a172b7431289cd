#!/usr/bin/env bash
# Packages the bundled extension into dist/news-annotator.vsix and prints its size.
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/build.mjs --quiet
npx vsce package --no-dependencies --no-rewrite-relative-links --allow-missing-repository -o dist/news-annotator.vsix >/dev/null
ls -l dist/news-annotator.vsix | awk '{printf "dist/news-annotator.vsix: %.2f MB\n", $5/1048576}'
