#!/bin/sh
# Fails when lupdate cannot give a tr() of the window a context that tr() uses at run time (a
# class without Q_OBJECT, a free tr()): no translation would ever reach those messages.
#   checktrcontexts.sh <lupdate> <dir>...
set -eu
lupdate=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$lupdate" -silent -locations none "$@" -ts "$tmp/check.ts" 2>"$tmp/warnings" || true
if grep -E "lacks Q_OBJECT|Cannot invoke tr\(\)" "$tmp/warnings"; then
    echo "FAIL: tr() without a context of its own (use the Q_OBJECT base's Class::tr)" >&2
    exit 1
fi
echo "every tr() of $* has its context"
