#!/usr/bin/env bash
# Configures (once) and builds one build directory incrementally.
# Usage: scripts/build.sh BUILD_DIR [extra cmake -D options...]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1; shift
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f "$dir/CMakeCache.txt" ]]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
fi
cmake --build "$dir" -j"${SLIPWAY_JOBS:-2}"
