#!/usr/bin/env bash
# Offline clustering ceilings on Multi-News (scripts/stories-ceiling.py): installs
# scikit-learn and scipy into a local venv from PyPI (once). About 3 minutes and
# 6 GB of memory (all 15,444 leads compared with each other at once).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-ceiling
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import sklearn, scipy" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "scikit-learn==1.9.1" "scipy==1.17.1" "numpy"
fi
"$VENV/bin/python" scripts/stories-ceiling.py "${1:-../shared/eval}"
