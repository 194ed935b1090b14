#!/usr/bin/env bash
# Benchmark (not a test): one-shot `dossier canned` and `dossier query`
# against `sqlite3 DB "SELECT ..."`, and CSV export of a 100,000-row result
# against `sqlite3 -csv`. Prints each pair's mean times and their ratio
# (dossier / sqlite3; below 1.0 means dossier is faster), of wall time and
# of CPU time (user + system; steadier on a busy machine).
#
#   tests/tools/bench_query.sh [CORPUS.jsonl]
#
# Without an argument the database holds the seed article only. Uses
# hyperfine when installed, else a loop timed with `date +%s%N`.
set -euo pipefail

cd "$(dirname "$0")/../.."
corpus="${1:-}"
runs="${RUNS:-20}"

command -v sqlite3 >/dev/null || { echo "bench_query: sqlite3 is not installed (apt-get install sqlite3)" >&2; exit 1; }
cargo build --release --quiet
bin="$PWD/target/release/dossier"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/bench.db"
if [[ -n "$corpus" ]]; then
    "$bin" load --db "$db" "$corpus" 2>"$work/load.log"
else
    "$bin" load --db "$db" --published 2020-06-01 seed/article.txt 2>"$work/load.log"
fi
echo "database: $(tail -n 1 "$work/load.log")"

# 100,000 rows whatever the corpus size: sentences repeated, plus a REAL column.
big="WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
SELECT n.i, n.i * 0.5 AS half, s.article_id, s.seq, s.start, s.end, s.text
FROM n JOIN sentences s ON s.rowid = 1 + n.i % (SELECT count(*) FROM sentences)"
simple="SELECT count(*), sum(length(text)) FROM sentences"
# The canned query's SQL without its header, for sqlite3.
summary_sql="$(grep -v '^--' src/canned/article-summary.sql)"

# Sanity: both sides produce the same rows for the big result (sqlite3 ends
# lines with CRLF and quotes more fields; both are valid CSV).
"$bin" --db "$db" export --query "$big" -o "$work/d.csv" 2>/dev/null
sqlite3 -csv -header "$db" "$big" >"$work/s.csv"
python3 - "$work/d.csv" "$work/s.csv" <<'PY'
import csv, sys
a, b = (list(csv.reader(open(p, newline=""))) for p in sys.argv[1:3])
print(f"big result: {len(a) - 1} rows, {'same rows as' if a == b else 'DIFFERENT rows from'} sqlite3 -csv")
PY

# mean_seconds ARGV...: the mean wall time of running ARGV (output discarded).
mean_seconds() {
    if command -v hyperfine >/dev/null; then
        local cmd
        # One line: hyperfine splits the command like a shell, without $'..' quoting.
        cmd=$(printf '%q ' "${@//$'\n'/ }")
        hyperfine -N --warmup 3 --runs "$runs" --style none --export-json "$work/h.json" "$cmd" >/dev/null 2>"$work/h.err" || { cat "$work/h.err" >&2; exit 1; }
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["mean"], r["user"] + r["system"])' "$work/h.json"
    else
        local start end
        for _ in 1 2 3; do "$@" >/dev/null 2>&1; done
        start=$(date +%s%N)
        for ((k = 0; k < runs; k++)); do "$@" >/dev/null 2>&1; done
        end=$(date +%s%N)
        python3 -c "print(($end - $start) / 1e9 / $runs, 'nan')"
    fi
}

# compare LABEL -- DOSSIER ARGV... -- SQLITE3 ARGV...
compare() {
    local label="$1"; shift 2
    local ours=() theirs=()
    while [[ "$1" != "--" ]]; do ours+=("$1"); shift; done
    shift
    theirs=("$@")
    local a b
    a=$(mean_seconds "${ours[@]}")
    b=$(mean_seconds "${theirs[@]}")
    python3 -c '
import sys
l = sys.argv[1]
(a, ac), (b, bc) = (map(float, x.split()) for x in sys.argv[2:4])
print(f"{l:<38} dossier {a*1000:7.1f} ms  sqlite3 {b*1000:7.1f} ms  ratio {a/b:5.2f}   cpu ratio {ac/bc:5.2f}")' "$label" "$a" "$b"
}

actors_sql="$(grep -v '^--' src/canned/actors.sql | sed "s/:kind/''/g; s/:limit/1000/g")"
echo "runs per command: $runs ($(command -v hyperfine >/dev/null && echo hyperfine || echo 'date +%s%N loop'))"
compare "start-up (query SELECT 1)" -- "$bin" --db "$db" query "SELECT 1" -- sqlite3 "$db" "SELECT 1"

# Every built-in canned query, CSV to /dev/null, against sqlite3 -csv running
# the same SQL with the same parameters bound (.parameter set). Both include
# process start (see the first line) and writing every row.
actor="${ACTOR:-Taliban}"
canned_params() {
    case "$1" in
        said-by | about | mentions) echo "actor=$actor" ;;
        co-mentions) echo "actor=" ;;
        figures-about) echo "term=${TERM_:-troops}" ;;
        search) echo "words=${WORDS:-Taliban}" ;;
    esac
}
for sql in src/canned/*.sql; do
    name="$(basename "$sql" .sql)"
    ours=("$bin" --db "$db" canned "$name" -f csv)
    theirs=(sqlite3 -csv -header)
    p="$(canned_params "$name")"
    if [[ -n "$p" ]]; then
        ours+=(--param "$p")
        theirs+=(-cmd ".parameter set :${p%%=*} \"'${p#*=}'\"")
    fi
    # The defaults of the other parameters, as the header declares them.
    while IFS= read -r line; do
        pname="${line#-- param: }"; pname="${pname%%:*}"
        [[ "$pname" == "${p%%=*}" ]] && continue
        default="${line##* = }"; default="${default//\'/}"
        theirs+=(-cmd ".parameter set :$pname \"'$default'\"")
    done < <(grep '^-- param: .* = ' "$sql")
    theirs+=("$db" "$(grep -v '^--' "$sql")")
    compare "canned $name${p:+ ($p)}" -- "${ours[@]}" -- "${theirs[@]}"
done

compare "canned article-summary (csv)" -- "$bin" --db "$db" canned article-summary -f csv -- sqlite3 -csv -header "$db" "$summary_sql"
compare "canned actors (table vs -box)" -- "$bin" --db "$db" canned actors -- sqlite3 -box "$db" "$actors_sql"
compare "query (simple SELECT)" -- "$bin" --db "$db" query "$simple" -- sqlite3 "$db" "$simple"
compare "query -f csv, 100,000 rows to stdout" -- "$bin" --db "$db" query -f csv "$big" -- sqlite3 -csv -header "$db" "$big"
compare "export 100,000 rows to a CSV file" -- "$bin" --db "$db" export --query "$big" -o "$work/out.csv" \
    -- sqlite3 -csv -header -cmd ".output $work/out2.csv" "$db" "$big"
