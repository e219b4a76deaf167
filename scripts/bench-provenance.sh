#!/usr/bin/env bash
# Provenance speed: both stages over 10k, 100k and 1M generated articles, then the
# candidate step alone beside Python datasketch MinHashLSH on the first 100k
# (same shingles, same banding, same candidate rule). Installs datasketch into a
# local venv from PyPI (once).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/eval}"
SIZES="${SIZES:-10000,100000,1000000}"
VENV=.venv-bench
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import datasketch" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "datasketch==1.6.5"
fi
cargo build --release --locked --quiet
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
./target/release/parallax bench provenance --data "$DATA" --sizes "$SIZES" --dump "$TMP" --dump-articles 100000
echo "peer on the same 100k articles:"
"$VENV/bin/python" bench/peer_datasketch.py "$TMP"
