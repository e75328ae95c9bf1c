#!/bin/sh
# slipway --help and --version print and exit 0 without any display (issue 12), and the help is
# in the language chosen in Preferences (read from the settings at start).
# Usage: slipway_help.sh PATH/TO/slipway VERSION
set -u
slipway=$1
version=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= HOME="$home" XDG_CONFIG_HOME="$home/config" \
        LANG=C LC_ALL=C "$slipway" "$@"
}
fail() { echo "FAIL: $*"; exit 1; }

out=$(run --help 2>&1) || fail "--help exited $?: $out"
echo "$out" | grep -q -- '--demo' || fail "--help does not list --demo: $out"
echo "$out" | grep -q 'Plan and run maintenance' || fail "--help is not English: $out"
out=$(run --version 2>&1) || fail "--version exited $?: $out"
[ "$out" = "Slipway $version" ] || fail "--version printed: $out"
out=$(run -h 2>&1) || fail "-h exited $?"

mkdir -p "$home/config/Slipway"
printf '[ui]\nlanguage=zh_CN\n' > "$home/config/Slipway/Slipway.conf"
out=$(run --help 2>&1) || fail "--help (zh_CN) exited $?: $out"
echo "$out" | grep -q '规划并执行' || fail "the chosen language is not used: $out"
echo "PASS"
