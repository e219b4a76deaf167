#!/usr/bin/env bash
# Extraction speed: parallax beside Python trafilatura on the same 181 pages.
# Installs the peer into a local venv from PyPI (once), builds parallax, runs both.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/eval/article-extraction-benchmark}"
VENV=.venv-bench
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import trafilatura" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "trafilatura==2.3.1" lxml_html_clean
fi
cargo build --release --locked --quiet
./target/release/parallax bench extract --data "$DATA" --peer-python "$VENV/bin/python" --repeat "${REPEAT:-3}"
