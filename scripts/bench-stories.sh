#!/usr/bin/env bash
# Story clustering speed and memory on generated corpora of 10k, 100k and 1M
# articles (SIZES to change), then, on the first PEER_ARTICLES articles of the
# smallest, River's textClust stream clustering beside Parallax (same articles,
# same gold). Installs River into a local venv from PyPI (once).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/eval}"
VENV=.venv-bench-river
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import river" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "river==0.26.1"
fi
cargo build --release --locked --quiet
./target/release/parallax bench stories --data "$DATA" --sizes "${SIZES:-10000,100000,1000000}" \
  --peer-python "$VENV/bin/python" --peer-articles "${PEER_ARTICLES:-2000}"
