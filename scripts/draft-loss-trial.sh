#!/bin/sh
# The draft-loss trial: an offscreen GUI edits its draft against the demo master and is killed with
# SIGKILL at random moments; each kill checks that every edit acknowledged on disk is still in the
# draft. Usage: scripts/draft-loss-trial.sh [TRIALS] (default 100). Builds into ./build first.
set -eu
cd "$(dirname "$0")/.."
trials="${1:-100}"
cmake --build build -j"${SLIPWAY_JOBS:-2}" --target draftlosstrial >/dev/null
QT_QPA_PLATFORM=offscreen exec build/tests/app/draftlosstrial trials "$trials"
