#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, in build-fuzz) and runs each one
# for SECONDS (default 20) with its seeds and dictionary. Crashing inputs land in build-fuzz/crashes/
# and make the script fail; the corpus grown by earlier runs is kept in build-fuzz/corpus/.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets without the fuzz_ prefix; default all)
set -euo pipefail
cd "$(dirname "$0")/.."
# As scripts/build.sh: paths relative to the checkout, so every clone shares the ccache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1
seconds=${1:-20}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(masterjson clusterstate scheduleimport scenario v1protobuf
                                       httprequest draftfile review eventstream)

SLIPWAY_WITH_FUZZ=1 scripts/ensure-deps.sh
dir=build-fuzz
if [[ ! -f "$dir/CMakeCache.txt" ]]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "${launcher[@]}" -DSLIPWAY_FUZZ=ON -DSLIPWAY_BENCHMARKS=OFF
fi
cmake --build "$dir" -j"${SLIPWAY_JOBS:-2}" --target slipway_fuzzers

export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
mkdir -p "$dir/crashes" "$dir/logs"
failed=()
for t in "${targets[@]}"; do
    corpus="$dir/corpus/$t"
    mkdir -p "$corpus"
    seeds=(tests/fuzz/seeds/"$t")
    dict=tests/fuzz/json.dict
    max_len=4096
    case $t in
        masterjson|scheduleimport) seeds+=(tests/data/mesos-examples) ;;
        clusterstate) max_len=8192 ;;
        httprequest) dict=tests/fuzz/http.dict ;;
    esac
    echo "== fuzz_$t: ${seconds}s"
    # One process, one worker (libFuzzer's default without -jobs), below everyone's builds.
    if ! nice -n 10 "$dir/tests/fuzz/fuzz_$t" "$corpus" "${seeds[@]}" -dict="$dict" \
            -max_len="$max_len" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$dir/crashes/$t-" >"$dir/logs/$t.log" 2>&1; then
        failed+=("$t")
        grep -E -m 8 'ERROR|runtime error|what\(\)|SUMMARY|Test unit written|check\(' \
            "$dir/logs/$t.log" || tail -n 20 "$dir/logs/$t.log"
    fi
    # The last status line: executions, coverage (cov:) and features (ft:).
    grep -E '^#[0-9]+' "$dir/logs/$t.log" | tail -n 1 || true
    grep -E '^stat::number_of_executed_units' "$dir/logs/$t.log" || true
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: crashes in ${failed[*]} (inputs in $dir/crashes/)" >&2
    exit 1
fi
echo "fuzz: no crashes in ${#targets[@]} targets"
