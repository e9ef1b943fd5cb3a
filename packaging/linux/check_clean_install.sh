#!/usr/bin/env bash
# By hand, as root, with network: installs a .deb on a clean, minimal
# Debian 12 (debootstrap) and starts Baken the way the desktop menu does,
# from the Exec line of its .desktop file, under Xvfb. Prints the path of
# the screenshot it took. Not run by CI (it downloads ~200 MB).
# Usage: check_clean_install.sh BAKEN.deb [CHROOT_DIR]
set -euo pipefail
deb=$(realpath "$1")
root=${2:-/tmp/baken-clean-bookworm}
[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap and chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
[ -d "$root/usr" ] || debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
cp "$deb" "$root/tmp/baken.deb"
chroot "$root" bash -euo pipefail -c '
    export DEBIAN_FRONTEND=noninteractive HOME=/tmp/home
    apt-get update -qq
    apt-get install -y -qq /tmp/baken.deb xvfb xauth >/dev/null
    mkdir -p "$HOME"
    exec_line=$(sed -n "s/^Exec=//p" /usr/share/applications/nl.baken.Baken.desktop)
    test -f /usr/share/mime/application/x-baken-vault.xml
    timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" ${exec_line% %f} --screenshot /tmp/start.png >/dev/null
    baken-cli --lang en --help | head -1
'
echo "$root/tmp/start.png"
