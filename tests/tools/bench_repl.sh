#!/usr/bin/env bash
# Benchmark (not a test): time from start to the first prompt of the REPL,
# next to the sqlite3 shell doing the same, piped and in a pseudo-terminal.
# Usage: tests/tools/bench_repl.sh [RUNS]   (goal: under 50 ms to the prompt)
# Needs sqlite3 (apt-get install sqlite3) and python3 for the pty timing.
set -euo pipefail
runs=${1:-20}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${DOSSIER_BIN:-$root/target/release/dossier}
if [[ -z ${DOSSIER_BIN:-} ]]; then
    (cd "$root" && cargo build --release --quiet)
fi
command -v sqlite3 >/dev/null || { echo "sqlite3 is missing (apt-get install sqlite3)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export DOSSIER_HISTORY="$work/history" NO_COLOR=1
unset DOSSIER_DB
# A file database of the seed article, for the runs that do not build the seed in memory.
"$bin" load --db seed.db "$root/seed/article.txt" --published 2020-06-01 2>/dev/null

# Median wall time in ms of running "$@" with .quit on stdin, over $runs runs.
piped_ms() {
    local t=()
    for ((i = 0; i < runs; i++)); do
        local s e
        s=$(date +%s%N)
        echo ".quit" | "$@" >/dev/null 2>&1
        e=$(date +%s%N)
        t+=($(((e - s) / 1000)))
    done
    printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]/1000}'
}

# Median ms from spawn to the first prompt in a pseudo-terminal.
pty_ms() {
    local prompt=$1
    shift
    python3 - "$runs" "$prompt" "$@" <<'PY'
import os, pty, select, sys, time, statistics
runs, prompt, argv = int(sys.argv[1]), sys.argv[2].encode(), sys.argv[3:]
times = []
for _ in range(runs):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    buf = b""
    while prompt not in buf:
        r, _, _ = select.select([fd], [], [], 10)
        if not r:
            sys.exit("no prompt within 10 s: %r" % buf[-200:])
        try:
            buf += os.read(fd, 4096)
        except OSError:
            sys.exit("exited before the prompt: %r" % buf[-200:])
    times.append((time.perf_counter() - start) * 1000)
    os.write(fd, b".quit\r")
    try:
        while os.read(fd, 4096):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
print("%.1f" % statistics.median(times))
PY
}

printf '%-58s %10s\n' "what (median of $runs runs)" "ms"
printf '%-58s %10s\n' "dossier, piped .quit, in-memory seed (extractors run)" "$(piped_ms "$bin")"
printf '%-58s %10s\n' "dossier, piped .quit, --db seed.db" "$(piped_ms "$bin" --db seed.db)"
printf '%-58s %10s\n' "sqlite3, piped .quit, seed.db" "$(piped_ms sqlite3 seed.db)"
printf '%-58s %10s\n' "dossier, pty to first prompt, in-memory seed" "$(pty_ms 'dossier> ' "$bin")"
printf '%-58s %10s\n' "dossier, pty to first prompt, --db seed.db" "$(pty_ms 'dossier> ' "$bin" --db seed.db)"
printf '%-58s %10s\n' "sqlite3, pty to first prompt, seed.db" "$(pty_ms 'sqlite> ' sqlite3 seed.db)"
