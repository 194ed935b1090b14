#!/usr/bin/env bash
# Benchmark of `dossier load` (not a test): loads a JSON Lines corpus into a
# fresh database and prints wall time, articles/s, MB/s and peak memory, next
# to the sqlite3 shell importing the same texts into a plain table (the I/O
# floor), then loads the corpus repeated SCALE times (new ids) and prints the
# peak-memory ratio (flat memory means ~1.0).
#
#   tests/tools/bench_load.sh [CORPUS.jsonl]      (default ../shared/corpus/articles.jsonl)
#   SCALE=10 (default) sets the repeat; SCALE=0 skips that part.
set -euo pipefail
cd "$(dirname "$0")/../.."

corpus=${1:-../shared/corpus/articles.jsonl}
scale=${SCALE:-10}
[ -f "$corpus" ] || { echo "bench_load: $corpus: no such corpus" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench_load: needs GNU time (apt-get install time)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "bench_load: needs the sqlite3 shell (apt-get install sqlite3)" >&2; exit 2; }

cargo build --release --quiet
bin=$PWD/target/release/dossier
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

articles=$(grep -c . "$corpus")
bytes=$(stat -c %s "$corpus")
mb=$(python3 -c "print($bytes / 1048576)")

# Runs a command under GNU time; prints "seconds peak_kb".
measure() {
    /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
    cat "$tmp/time"
}

report() { # name seconds peak_kb
    python3 -c "
n, s, kb = '$1', float('$2'), int('$3')
print(f'{n:<28} {s:7.2f} s  {$articles / s:9.0f} articles/s  {$mb / s:7.2f} MB/s  peak {kb / 1024:6.1f} MB')"
}

echo "corpus: $corpus ($articles articles, $(printf %.1f "$mb") MB), $(nproc) cores"

read -r secs kb < <(measure "$bin" load --db "$tmp/dossier.db" "$corpus")
report "dossier load" "$secs" "$kb"
tail -1 "$tmp/stderr"

# The floor: the sqlite3 shell storing the same texts in a plain table.
python3 -c "
import json, sys
with open(sys.argv[1]) as f, open(sys.argv[2], 'w') as out:
    out.write('[' + ','.join(l.strip() for l in f if l.strip()) + ']')
" "$corpus" "$tmp/corpus.json"
read -r secs kb < <(measure sqlite3 "$tmp/plain.db" \
    "CREATE TABLE articles (id TEXT, title TEXT, published TEXT, source TEXT, text TEXT);
     INSERT INTO articles SELECT value->>'id', value->>'title', value->>'published', value->>'source', value->>'text'
     FROM json_each(readfile('$tmp/corpus.json'));")
report "sqlite3 plain import (floor)" "$secs" "$kb"

echo "database: dossier $(du -m "$tmp/dossier.db" | cut -f1) MB, plain $(du -m "$tmp/plain.db" | cut -f1) MB"
rm -f "$tmp/corpus.json" "$tmp/plain.db"

if [ "$scale" -gt 1 ]; then
    python3 -c "
import json, sys
n = int(sys.argv[3])
with open(sys.argv[2], 'w') as out:
    for k in range(n):
        with open(sys.argv[1]) as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    r['id'] = f'{r.get(\"id\")}-x{k}'
                    out.write(json.dumps(r, ensure_ascii=False) + '\n')
" "$corpus" "$tmp/big.jsonl" "$scale"
    read -r secs1 kb1 < <(measure "$bin" load --db "$tmp/one.db" "$corpus")
    rm -f "$tmp"/one.db*
    read -r secs10 kb10 < <(measure "$bin" load --db "$tmp/big.db" "$tmp/big.jsonl")
    python3 -c "
print(f'{$scale}x corpus: {$secs10:.1f} s, peak {$kb10 / 1024:.1f} MB vs {$kb1 / 1024:.1f} MB for 1x: memory ratio {$kb10 / $kb1:.2f}')"
fi
