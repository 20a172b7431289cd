#!/usr/bin/env bash
# Installs Dask (dask.bag + distributed) from Debian for recipes/dask/. Needs root (or sudo).
# Idempotent: does nothing when both modules import already. Debian's python3-* packages are for
# the system interpreter (/usr/bin/python3), not a pyenv or venv one: the recipe runs with it.
set -euo pipefail
PY=/usr/bin/python3
if [ -x "$PY" ] && "$PY" -c 'import dask.bag, distributed' 2>/dev/null; then
  echo "dask and distributed already installed for $PY"; exit 0
fi
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends python3-dask python3-distributed
"$PY" -c 'import dask, distributed; print("dask", dask.__version__, "distributed", distributed.__version__)'
