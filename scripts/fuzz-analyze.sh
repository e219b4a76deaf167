#!/usr/bin/env bash
# Robustness run: `parallax analyze` over mutated copies of the example corpus
# (scripts/fuzz.py: cut, truncated, stray bytes, quote marks and cue words
# inserted, tokens repeated thousands of times without white space).
#
# Fails when the process dies (a panic outside the per-document guard, a signal),
# when a document reports an internal error (a caught panic), when the summary
# is missing, or when the run takes longer than FUZZ_MAX_SECONDS: quadratic work
# on hostile input shows as time. Then one long document (the example articles
# joined, 1 MB and 4 MB) checks that four times the text costs at most eight
# times the time (FUZZ_MAX_LONG_RATIO, in tenths: 80), and one story of 2,000 then 8,000
# reports of one event does the same (the timeline once made it 8.6 times; now about 3.6).
# Last, 16,000 unrelated articles (as many stories, nearly as many topics) through the
# terminal summary must cost at most FUZZ_MAX_SUMMARY_RATIO tenths (15) of the same run
# with --jsonl: a summary that scanned every story for every topic once took 20 s of
# 28.7 on 30,000 such articles, against 8.6 s with --jsonl.
# 1,000 copies take about 2 s on 2 cores; before
# the fix that introduced this run, quote finding made them take 119 s.
#
#   bash scripts/fuzz-analyze.sh            # FUZZ_COUNT=1000 FUZZ_SEED=1 FUZZ_MAX_SECONDS=60
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${PARALLAX:-./target/release/parallax}
count=${FUZZ_COUNT:-1000}
seed=${FUZZ_SEED:-1}
max=${FUZZ_MAX_SECONDS:-60}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 scripts/fuzz.py "$dir/in" --count "$count" --seed "$seed"
start=$(date +%s)
rc=0
"$bin" analyze --jsonl "$dir/in" > "$dir/out.jsonl" 2> "$dir/err.txt" || rc=$?
secs=$(( $(date +%s) - start ))
fail=0
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
  echo "fuzz: parallax analyze exited with $rc"; tail -5 "$dir/err.txt"; fail=1
fi
internal=$(grep -c 'internal error' "$dir/out.jsonl" || true)
if [ "$internal" -ne 0 ]; then
  echo "fuzz: $internal internal errors:"; grep 'internal error' "$dir/out.jsonl" | head -5; fail=1
fi
summary=$(grep '"type":"summary"' "$dir/out.jsonl" || true)
if [ -z "$summary" ]; then
  echo "fuzz: no summary line"; fail=1
fi
if [ "$secs" -gt "$max" ]; then
  echo "fuzz: $count documents took ${secs}s, more than ${max}s"; fail=1
fi
echo "fuzz: $count mutated documents (seed $seed) in ${secs}s, exit code $rc: $summary"

# Four times the input must cost about four times the time, not sixteen. `timed ARGS...`
# runs `analyze ARGS...` and sets `took` (milliseconds); a run that does not exit with 0
# fails the check.
timed() {
  local s e code=0
  s=$(date +%s%N)
  "$bin" analyze "$@" > /dev/null 2> "$dir/long.err" || code=$?
  e=$(date +%s%N)
  took=$(( (e - s) / 1000000 ))
  if [ "$code" -ne 0 ]; then
    echo "fuzz: analyze $* exited with $code"; tail -3 "$dir/long.err"; fail=1
  fi
}
# grows_linearly WHAT SMALL LARGE SMALL_LABEL LARGE_LABEL: time both inputs, fail when the
# large one (four times the small) costs more than FUZZ_MAX_LONG_RATIO tenths of it.
grows_linearly() {
  local t1 t4 ratio max=${FUZZ_MAX_LONG_RATIO:-80}
  timed --jsonl "$2"; t1=$took
  timed --jsonl "$3"; t4=$took
  ratio=$(( t4 * 10 / (t1 > 0 ? t1 : 1) ))
  echo "fuzz: $1: $4 in ${t1} ms, $5 in ${t4} ms (ratio $((ratio / 10)).$((ratio % 10)))"
  if [ "$ratio" -gt "$max" ]; then
    echo "fuzz: $1: $5 cost more than $((max / 10)) times $4: work that grows faster than the input"; fail=1
  fi
}
# One long document, 1 MB then 4 MB (quadratic work in a long text once made it 11 times;
# now about 4).
python3 scripts/fuzz.py "$dir/long1.txt" --long 1
python3 scripts/fuzz.py "$dir/long4.txt" --long 4
grows_linearly "one long document" "$dir/long1.txt" "$dir/long4.txt" "1 MB" "4 MB"
# One story of 2,000 then 8,000 reports of one event (a timeline that compared every dated
# sentence with every event once made it 8.6 times; now about 4).
python3 scripts/fuzz.py "$dir/story2k.jsonl" --story 2000
python3 scripts/fuzz.py "$dir/story8k.jsonl" --story 8000
grows_linearly "one story" "$dir/story2k.jsonl" "$dir/story8k.jsonl" "2,000 articles" "8,000"
# The terminal summary against JSON Lines on the same input: the summary's own work must
# stay small beside the analysis.
python3 scripts/fuzz.py "$dir/unrelated.jsonl" --unrelated 16000
timed --jsonl "$dir/unrelated.jsonl"; tj=$took
timed "$dir/unrelated.jsonl"; th=$took
ratio=$(( th * 10 / (tj > 0 ? tj : 1) ))
echo "fuzz: terminal summary: 16,000 unrelated articles in ${th} ms, with --jsonl ${tj} ms (ratio $((ratio / 10)).$((ratio % 10)))"
max_summary=${FUZZ_MAX_SUMMARY_RATIO:-15}
if [ "$ratio" -gt "$max_summary" ]; then
  echo "fuzz: the terminal summary costs more than $((max_summary / 10)).$((max_summary % 10)) times --jsonl: work that grows faster than the input"; fail=1
fi
exit "$fail"
