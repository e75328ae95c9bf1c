#!/usr/bin/env bash
# Configures (once) and builds one build directory incrementally.
# Usage: scripts/build.sh BUILD_DIR [extra cmake -D options...]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$1; shift
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Paths inside the checkout become relative, so every clone (CI's, a worktree) shares the
    # cache; debug info then names relative paths too, and the build directory stays out of it.
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1
fi
if [[ ! -f "$dir/CMakeCache.txt" ]]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
fi
cmake --build "$dir" -j"${SLIPWAY_JOBS:-2}"
