#!/usr/bin/env bash
# Usage: check_translations.sh LUPDATE SOURCE_DIR
# Re-runs lupdate on copies of the committed .ts files and fails if that
# would add or drop a string, or if any string is left untranslated.
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for lang in nl en; do
    committed="$src/translations/baken_$lang.ts"
    cp "$committed" "$work/baken_$lang.ts"
    (cd "$src" && "$lupdate" -no-obsolete -locations none -extensions cpp,h,ui app core ui \
        -ts "$work/baken_$lang.ts" >/dev/null 2>&1)
    if ! cmp -s "$committed" "$work/baken_$lang.ts"; then
        echo "baken_$lang.ts is out of date with the sources; run the update_translations target:"
        diff -u "$committed" "$work/baken_$lang.ts" | grep '^[-+] *<source>' | head -20 || true
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$work/baken_$lang.ts" || true)
    if [ "$unfinished" != "0" ]; then
        echo "baken_$lang.ts: $unfinished untranslated strings, for example:"
        grep -B3 'type="unfinished"' "$work/baken_$lang.ts" | grep '<source>' | head -10
        status=1
    fi
    total=$(grep -c '<source>' "$work/baken_$lang.ts" || true)
    echo "baken_$lang.ts: $total strings, $unfinished untranslated"
done
exit $status
