#!/usr/bin/env bash
# Usage: check_links.sh REGEX BINARY...
# Fails when any binary loads a shared library whose name matches REGEX.
set -euo pipefail
regex=$1
shift
status=0
for binary in "$@"; do
    if ldd "$binary" | grep -E "$regex"; then
        echo "$binary loads a forbidden library (above)"
        status=1
    else
        echo "$binary: no library matching $regex"
    fi
done
exit $status
