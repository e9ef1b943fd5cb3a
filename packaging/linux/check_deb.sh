#!/usr/bin/env bash
# Builds the .deb from an already built tree and checks what a clean Debian 12
# needs of it: lintian without errors, the desktop integration files in their
# places, and the run-time dependencies dpkg-shlibdeps cannot see.
# Usage: check_deb.sh BUILD_DIR     (run by ctest as packaging.DebIsComplete)
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/baken_*.deb)

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
missing=0
for path in ./usr/bin/baken ./usr/bin/baken-cli \
    ./usr/share/applications/nl.baken.Baken.desktop \
    ./usr/share/metainfo/nl.baken.Baken.metainfo.xml \
    ./usr/share/mime/packages/nl.baken.Baken.xml \
    ./usr/share/icons/hicolor/scalable/apps/nl.baken.Baken.svg \
    ./usr/share/icons/hicolor/48x48/apps/nl.baken.Baken.png \
    ./usr/share/doc/baken/copyright ./usr/share/doc/baken/changelog.gz \
    ./usr/share/man/man1/baken.1.gz ./usr/share/man/man1/baken-cli.1.gz; do
    if ! grep -qx -- "$path" <<<"$contents"; then
        echo "missing from the package: $path" >&2
        missing=1
    fi
done

depends=$(dpkg-deb --field "$deb" Depends)
for dep in qt6-qpa-plugins qt6-translations-l10n libsqlcipher0 libsodium23 libqt6widgets6; do
    if ! grep -q "$dep" <<<"$depends"; then
        echo "the package does not depend on $dep: $depends" >&2
        missing=1
    fi
done

# Errors fail; warnings and notes are printed for whoever reads the log.
lint_status=0
report=$(lintian --tag-display-limit 0 --fail-on error "$deb" 2>&1) || lint_status=$?
grep -v 'running with root privileges' <<<"$report" || true
if [ "$lint_status" -ne 0 ]; then
    echo "lintian reports errors" >&2
    exit 1
fi
exit $missing
