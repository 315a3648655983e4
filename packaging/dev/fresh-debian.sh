#!/usr/bin/env bash
# The README's two commands on a fresh Debian 12, as a new user would run them: builds a Debian 12
# root filesystem with mmdebstrap holding only git, make, python3, python3-venv and ca-certificates,
# clones this repository into it (the committed HEAD of the checkout the script is run from: run
# it from a clean checkout of main) and runs `make demo` (without a display), the command it
# prints, and `make test`, timing each, with the root file system's size before and after. Needs
# root, mount and the network; takes about an hour on 2 cores shared with other work. Not in CI.
#
#   packaging/dev/fresh-debian.sh [WORKDIR]     (default /var/tmp/dirdesk-fresh; emptied first)
#
# The log is WORKDIR/fresh-debian.log; its last lines are the figures the README quotes.
set -euo pipefail
REPO=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
W=${1:-/var/tmp/dirdesk-fresh}
R=$W/rootfs
LOG=$W/fresh-debian.log
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian.sh: run as root (mmdebstrap, chroot, mount)" >&2; exit 2; }

unmount() { for m in dev/shm dev/pts dev sys proc; do mountpoint -q "$R/$m" && umount -l "$R/$m"; done; return 0; }
if [ -d "$R" ]; then unmount; rm -rf "$R"; fi
mkdir -p "$W"
: >"$LOG"
exec > >(tee -a "$LOG") 2>&1
figures=()
timed() {  # timed LABEL COMMAND...: runs it, records its duration and exit status
  local label=$1 start=$SECONDS rc=0; shift
  echo "== $label"
  "$@" || rc=$?
  figures+=("$label: $((SECONDS - start)) s, exit status $rc")
  echo "== $label: $((SECONDS - start)) s, exit status $rc"
  return $rc
}
status=0

command -v mmdebstrap >/dev/null || { apt-get update -qq && apt-get install -y -qq mmdebstrap >/dev/null; }
timed "mmdebstrap (Debian 12: git make python3 python3-venv ca-certificates)" \
  mmdebstrap --quiet --variant=apt --include=git,make,python3,python3-venv,ca-certificates \
  bookworm "$R" http://deb.debian.org/debian

trap unmount EXIT
mount -t proc proc "$R/proc"
mount -t sysfs sys "$R/sys"
mount --bind /dev "$R/dev"
mount --bind /dev/pts "$R/dev/pts"
mount -t tmpfs -o mode=1777 shm "$R/dev/shm"
cp /etc/resolv.conf "$R/etc/resolv.conf"
# Where this machine reaches the internet through a TLS-inspecting proxy, its bundle trusts the
# proxy's authority: the new system gets those certificates too (none on an ordinary machine).
python3 - /etc/ssl/certs/ca-certificates.crt "$R/etc/ssl/certs/ca-certificates.crt" \
  "$R/usr/local/share/ca-certificates" <<'PY'
import pathlib, re, sys
pem = re.compile(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", re.S)
host, debian = (set(pem.findall(pathlib.Path(p).read_text())) for p in sys.argv[1:3])
for n, cert in enumerate(sorted(host - debian)):
    pathlib.Path(sys.argv[3], f"build-host-{n}.crt").write_text(cert + "\n")
print(f"{len(host - debian)} certificate authorities of this machine added")
PY
chroot "$R" update-ca-certificates >/dev/null
git clone -q "$REPO" "$R/root/dirdesk"
git -C "$R/root/dirdesk" log -1 --format='cloned %h %s'

inside() {  # a login-like shell in the clone: no display, no variables of this machine
  chroot "$R" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 TERM=dumb bash -c "set -o pipefail; cd /root/dirdesk && $1"
}
inside 'dpkg -l | grep -c ^ii | xargs echo "Debian packages before:"; python3 --version'
size() { du -sxm "$R" 2>/dev/null | cut -f1; }  # the root file system, in MB (-x: not /proc, /dev)
echo "root file system: $(size) MB"
timed "make demo" inside 'make demo 2>&1 | tee /tmp/demo.out'
echo "make demo wrote $(wc -l <"$R/tmp/demo.out") lines; root file system: $(size) MB"
inside 'dpkg -l | grep -c ^ii | xargs echo "Debian packages after make demo:"'
command=$(grep -o 'xvfb-run -a .*' "$R/tmp/demo.out") || { echo "FAILED: make demo printed no command"; exit 1; }
echo "make demo printed: $command"
inside '[ ! -e .venv/bin/pytest ] && echo "make demo installed no test tools"'
timed "the printed command (window open 3 s)" inside "DIRDESK_QUIT_AFTER_MS=3000 timeout 120 $command" || status=1
timed "make test" inside 'make test' || status=1
inside 'dpkg -l | grep -c ^ii | xargs echo "Debian packages after:"; du -sh .venv | sed "s/^/venv: /"'
echo "root file system after: $(size) MB"
echo "== figures"
printf '%s\n' "${figures[@]}"
exit $status
