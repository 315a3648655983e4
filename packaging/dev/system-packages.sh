#!/usr/bin/env bash
# Debian packages for the README's two commands on a fresh Debian 12 (git, make, python3 and
# python3-venv present, nothing else). Installs only what is missing; needs root (or sudo) and
# apt-get, and installs without recommended packages.
#
#   system-packages.sh run    what the window needs: Qt's xcb libraries, fonts, Xvfb with xauth
#                             (xvfb-run needs it, and xvfb only recommends it), enchant and
#                             the Danish hunspell dictionary for spelling         `make demo`
#   system-packages.sh test   the above and what the tests need: LibreOffice to read exported
#                             documents back, poppler for PDF pages, ImageMagick, PostgreSQL,
#                             binutils and libpython3.X for PyInstaller's bundle test, the
#                             validators of the Linux desktop files                `make test`
#
# PYTHON (default python3) is the interpreter of the virtual environment: its version names the
# shared libpython PyInstaller needs (Debian's python3 has none of its own).
set -euo pipefail
what=${1:-test}
# What PySide6's Qt libraries and its xcb platform plug-in link to (ldd) and Debian 12 does not
# bring by itself.
run=(
  libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
  libxcb-xfixes0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu fonts-liberation2 fonts-crosextra-carlito
  xvfb xauth
  libenchant-2-2 hunspell-da
)
libpython=$("${PYTHON:-python3}" -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')
test=(
  "${run[@]}"
  libreoffice-writer-nogui poppler-utils imagemagick postgresql
  binutils "$libpython"
  desktop-file-utils appstream
)
case $what in
  run) packages=("${run[@]}") ;;
  test) packages=("${test[@]}") ;;
  *) echo "system-packages.sh: unknown set \"$what\" (run or test)" >&2; exit 2 ;;
esac
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
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "dirdesk: as root, or with sudo, install: ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi
echo "dirdesk: installing ${#missing[@]} Debian packages (apt-get, a few minutes the first time): ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
