#!/usr/bin/env bash
# Installs the Debian packages Slipway needs, only when one is missing.
# Works as root or through sudo; safe to run again and again.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev
    qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6svg6 qt6-svg-dev
    nlohmann-json3-dev libsimdjson-dev libxkbcommon-dev libvulkan-dev
    libgl-dev
)
if [[ "${SLIPWAY_WITH_XVFB:-0}" == 1 ]]; then
    packages+=(xvfb xdotool imagemagick fonts-wqy-microhei)
fi
# scripts/package.sh: cpack's dpkg-shlibdeps, and the checkers of the desktop entry and metainfo.
if [[ "${SLIPWAY_WITH_PACKAGING:-0}" == 1 ]]; then
    packages+=(dpkg-dev desktop-file-utils appstream)
fi
# scripts/fuzz.sh: clang with libFuzzer and the sanitizer runtimes, llvm-symbolizer for traces.
if [[ "${SLIPWAY_WITH_FUZZ:-0}" == 1 ]]; then
    packages+=(clang libclang-rt-14-dev llvm-14)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
