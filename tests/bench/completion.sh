#!/bin/bash
# Time per Tab of the bash completion's helper (`ovh-explorer-cli complete`), on the cached or
# bundled eu schema: median and worst of RUNS runs for each kind of completion.
#   tests/bench/completion.sh [BIN_DIR] [RUNS]
bin=${1:-build/bin}
runs=${2:-20}
cli=$bin/ovh-explorer-cli
for line in "x ca" "x call --endpoint " "x call GET /dom" \
    "x call GET /domain/zone/{zoneName}/rec" "x call POST /domain/zone/{zoneName}/record -p "; do
    times=()
    for ((i = 0; i < runs; i++)); do
        start=$(date +%s%N)
        "$cli" complete -- "$line" >/dev/null
        times+=($((($(date +%s%N) - start) / 1000000)))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    printf '%-50s median %4d ms  worst %4d ms\n' "'$line'" "${sorted[$((runs / 2))]}" \
        "${sorted[$((runs - 1))]}"
done
