#!/bin/sh
# Refreshes translations/ovh-explorer_en.ts: the English plural forms of every tr("… %n …(s)")
# string ("1 day", "2 days"). Only plural messages are kept: English needs nothing else.
# Run after adding or changing such a string; the build compiles the .ts into the program.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
ts=$here/translations/ovh-explorer_en.ts
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$here"
"$lupdate" -silent -pluralonly -locations relative -no-obsolete core ui app -ts "$ts"
python3 - "$ts" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def fill(match):
    source = match.group(1)
    plain = lambda s: s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    one = source.replace("(s)", "").replace("(es)", "")
    many = source.replace("(s)", "s").replace("(es)", "es")
    return ("<source>%s</source>\n        <translation>\n"
            "            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n        </translation>") % (source, one, many)

text = re.sub(r"<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>", fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
echo "updated $ts"
