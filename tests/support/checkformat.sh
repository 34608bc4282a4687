#!/bin/sh
# Fails when a C++ source of the project differs from .clang-format (Debian 12's clang-format 14;
# another major version formats differently, so it skips with a note). `./dev.sh format` fixes.
set -eu
root=$1
tool=${CLANG_FORMAT:-}
if [ -z "$tool" ]; then
    for candidate in clang-format-14 clang-format; do
        if command -v "$candidate" >/dev/null 2>&1; then
            tool=$candidate
            break
        fi
    done
fi
if [ -z "$tool" ]; then
    echo "clang-format is not installed (apt install clang-format)" >&2
    exit 1
fi
major=$("$tool" --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
if [ "$major" != 14 ]; then
    echo "skipped: $tool is version $major, the committed format is clang-format 14's" >&2
    exit 77
fi
cd "$root"
# One run over every file; each difference is reported as "<file>:<line>:<col>: error: ...".
if ! report=$(find app core ui tests tools \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z |
    xargs -0 "$tool" --dry-run -Werror 2>&1); then
    echo "$report" | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*/not formatted: \1/p' | sort -u >&2
    echo "run ./dev.sh format to apply .clang-format" >&2
    exit 1
fi
echo "every C++ file matches .clang-format"
