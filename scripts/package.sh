#!/usr/bin/env bash
# Builds the Debian package and checks it: what it holds, its dependencies, the desktop entry and
# the AppStream metainfo, and that its programs run from an unpacked copy. The build has a
# directory of its own (Release, no tests; the compiler cache makes it mostly cache hits), so the
# package never depends on how a test build was configured.
# Usage: scripts/package.sh [BUILD_DIR]       (default build-package)
# SLIPWAY_PACKAGE_INSTALL=1 also installs the .deb with apt-get (root) and runs it from /usr/bin.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-package}
SLIPWAY_WITH_PACKAGING=1 scripts/ensure-deps.sh
SLIPWAY_JOBS=${SLIPWAY_JOBS:-2} scripts/build.sh "$dir" -DSLIPWAY_TESTS=OFF -DSLIPWAY_BENCHMARKS=OFF
rm -f "$dir"/slipway_*.deb
(cd "$dir" && cpack -G DEB)
deb=$(ls "$dir"/slipway_*.deb)
echo "== $deb"

fail() { echo "package check FAILED: $*" >&2; exit 1; }

dpkg-deb --info "$deb"
contents=$(dpkg-deb --contents "$deb")
echo "$contents"
expected=(
    ./usr/bin/slipway ./usr/bin/slipwayctl ./usr/bin/slipway-sim-master
    ./usr/share/applications/slipway.desktop
    ./usr/share/metainfo/io.github.slipway.Slipway.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/slipway.svg
    ./usr/share/man/man1/slipway.1.gz ./usr/share/man/man1/slipwayctl.1.gz
    ./usr/share/man/man1/slipway-sim-master.1.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/slipway.png")
done
for path in "${expected[@]}"; do
    grep -q " ${path}\$" <<<"$contents" || fail "$path is not in the package"
done

depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6svg6 libqt6charts6 libc6; do
    grep -q "$lib" <<<"$depends" || fail "Depends does not name $lib: $depends"
done

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/slipway.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.slipway.Slipway.metainfo.xml"
for page in slipway slipwayctl slipway-sim-master; do
    zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q '^\.TH' || fail "$page.1 is not a man page"
done
if command -v file >/dev/null; then
    file "$root/usr/share/icons/hicolor/256x256/apps/slipway.png" | grep -q '256 x 256' \
        || fail "the 256 px icon is not 256 x 256"
fi

# The unpacked programs run on this system's Qt, without a display.
noscreen=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANG=C HOME="$root/home"
    XDG_CONFIG_HOME="$root/home/config")
version=$("${noscreen[@]}" "$root/usr/bin/slipwayctl" --version)
echo "$version" | grep -q '^slipwayctl [0-9]' || fail "slipwayctl --version printed: $version"
"${noscreen[@]}" "$root/usr/bin/slipway" --version | grep -q '^Slipway [0-9]' \
    || fail "slipway --version"
"${noscreen[@]}" "$root/usr/bin/slipway-sim-master" --version | grep -q '[0-9]' \
    || fail "slipway-sim-master --version"
"${noscreen[@]}" "$root/usr/bin/slipwayctl" render resources/samples/rolling-restart.json \
    -o "$root/sample.png" >/dev/null || fail "slipwayctl render"

# Its dependencies resolve on this Debian (simulated: nothing is installed).
if command -v apt-get >/dev/null; then
    apt-get install --simulate --no-install-recommends "./$deb" >/dev/null \
        || fail "apt-get cannot satisfy the dependencies of $deb"
fi
if [[ "${SLIPWAY_PACKAGE_INSTALL:-0}" == 1 ]]; then
    apt-get install -y --no-install-recommends "./$deb"
    "${noscreen[@]}" /usr/bin/slipwayctl --version
fi
echo "package OK: $deb"
