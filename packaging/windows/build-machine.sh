#!/usr/bin/env bash
# The Debian 12 packages `make windows` needs on the build machine (CI starts from a fresh one):
# Wine 8 with its 32-bit half (Inno Setup's compiler is a 32-bit program), MinGW for the two
# Wine shims, osslsigncode to check python.org's signatures, Xvfb, xdotool and ImageMagick for
# the window, npm for Inno Setup's compiler, hunspell-da for the Danish dictionary the bundle
# ships (dirdesk.spec). About 2.5 GB and 3 minutes the first time. Installs
# only what is missing; needs root (or sudo).
set -euo pipefail
packages=(wine wine64 wine32:i386 gcc-mingw-w64-x86-64-win32 binutils-mingw-w64-x86-64 osslsigncode
          xvfb xauth xdotool imagemagick ca-certificates hunspell-da)
# npm from wherever it is installed (Debian's package, or Node's own)
command -v npm >/dev/null || packages+=(npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "make windows: installing ${missing[*]}"
dpkg --print-foreign-architectures | grep -qx i386 || $sudo dpkg --add-architecture i386
$sudo apt-get update -qq
# With recommended packages, as Debian installs Wine for a desktop (its fonts among them).
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
