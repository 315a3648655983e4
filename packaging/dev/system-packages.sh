#!/usr/bin/env bash
# Debian packages dirdesk's tests and window need: Qt's xcb libraries, LibreOffice to read
# exported documents back, poppler for PDF pages, Xvfb for screenshots, the validators of the
# Linux desktop files. Installs only what is missing; needs root (or sudo) and apt-get.
set -euo pipefail
packages=(
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
  libreoffice-writer-nogui poppler-utils xvfb imagemagick postgresql
  fonts-dejavu fonts-liberation2 fonts-crosextra-carlito
  desktop-file-utils appstream
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "dirdesk: please install these packages with your system's package manager: ${missing[*]}" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
