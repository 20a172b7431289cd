#!/usr/bin/env bash
# Dask recipe on a real distributed.LocalCluster (scheduler + 2 worker processes on 127.0.0.1):
# analysis and stories of ~2,000 generated articles must be byte-identical to the single-process
# CLI's (`analyze --jsonl --features`, then `stories --jsonl`).
# Usage: bash test/archive/dask.test.sh [articles]   (skips, exit 0, only when python3 is missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-2000}"
PY=/usr/bin/python3
[ -x "$PY" ] || PY="$(command -v python3 || true)"
if [ -z "$PY" ]; then echo "SKIP dask test: python3 is missing"; exit 0; fi
if ! "$PY" -c 'import dask.bag, distributed' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; then bash scripts/setup-dask.sh; PY=/usr/bin/python3
  else echo "FAIL: dask is not installed for $PY; run scripts/setup-dask.sh as root"; exit 1; fi
fi

TMP="$(mktemp -d -t news-dask-test-XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
node scripts/build.mjs --quiet --outdir "$TMP/dist"
npx esbuild ./scripts/archive/generate.ts --bundle --platform=node --outfile="$TMP/generate.js" --log-level=warning
node "$TMP/generate.js" "$N" seeds > "$TMP/in.jsonl"
# A few lines a real archive has: CRLF, a malformed line, a line with its own date, an emoji.
printf '{"id":"x/crlf","text":"date 2024-03-01\\nThe council of Brindlemoor met on Monday.\\n"}\r\n' >> "$TMP/in.jsonl"
printf 'not json at all\n' >> "$TMP/in.jsonl"
printf '{"id":"x/dated","published":"2024-03-05","text":"On Friday the ferry to Oskney sank \\ud83d\\udea2 near the harbour."}\n' >> "$TMP/in.jsonl"

echo "single process: $N articles"
node "$TMP/dist/cli.js" analyze --jsonl --features --quiet "$TMP/in.jsonl" > "$TMP/single-analysis.jsonl" || [ $? = 1 ]
node "$TMP/dist/cli.js" stories --jsonl --quiet "$TMP/single-analysis.jsonl" > "$TMP/single-stories.jsonl"

echo "dask LocalCluster, 2 workers"
"$PY" recipes/dask/news_dask.py pipeline "$TMP/in.jsonl" --out "$TMP/dask" --workers 2 --blocksize 1MiB \
  --work "$TMP/work" --node "$(command -v node)" --cli "$TMP/dist/cli.js" --report "$TMP/report.json"
cat "$TMP"/dask/analysis/*.jsonl | grep -v '^$' > "$TMP/dask-analysis.jsonl"

fail=0
check() {
  if cmp -s "$1" "$2"; then echo "ok   $3 identical ($(wc -l < "$1") lines)"
  else echo "FAIL $3 differ"; diff <(head -c 300000 "$1") <(head -c 300000 "$2") | head -5; fail=1; fi
}
# Error lines: a partition counts its own lines and reads stdin (no "file"): the rest must match.
"$PY" - "$TMP/single-analysis.jsonl" "$TMP/dask-analysis.jsonl" <<'PYEOF' || fail=1
import json, sys
a = open(sys.argv[1], encoding='utf-8').read().splitlines()
b = open(sys.argv[2], encoding='utf-8').read().splitlines()
assert len(a) == len(b), ('line counts differ', len(a), len(b))
errors = 0
for k, (x, y) in enumerate(zip(a, b)):
    if x == y:
        continue
    vx, vy = json.loads(x), json.loads(y)
    same_error = 'error' in vx and 'error' in vy and vx.get('id') == vy.get('id') and vx['error'] == vy['error']
    assert same_error, ('analysis line %d differs' % (k + 1), x[:200], y[:200])
    errors += 1
print('ok   analysis lines identical (%d lines, %d error lines alike)' % (len(a), errors))
PYEOF
check "$TMP/single-stories.jsonl" "$TMP/dask/stories.jsonl" "story lines"
"$PY" - "$TMP/report.json" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))
assert r['workers'] == 2, r
assert r['partitions'] > 2, r  # the input really was split
print('ok   cluster of', r['workers'], 'workers,', r['partitions'], 'partitions')
PYEOF
grep -q '"error"' "$TMP/single-analysis.jsonl" && echo "ok   the malformed line became an error line" || { echo "FAIL no error line"; fail=1; }
exit $fail
