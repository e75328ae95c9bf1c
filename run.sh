#!/usr/bin/env bash
# Installs what is missing, builds, and starts Slipway against its built-in demo cluster.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-deps.sh
scripts/build.sh build
if [[ -x build/app/slipway ]]; then
    exec build/app/slipway --demo "$@"
fi
exec build/app/slipwayctl --help
