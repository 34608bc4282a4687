#!/bin/sh
# Refreshes translations/ovh-explorer_en.ts, the catalogue of every tr() message of the window,
# of core (the errors and diagnostics the window shows) and of the GUI's command line, and the
# French one, translations/ovh-explorer_fr.ts. English needs only its plural forms, which this
# fills ("in %n day(s)" -> "in %n day" / "in %n days"); the other messages stay untranslated,
# so the program shows their source text. Run after adding or changing a message; the build
# compiles the .ts into the program, and ctest core_translations fails on a core message
# missing from it. The CLI loads no translator: it stays English.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
ts=$here/translations/ovh-explorer_en.ts
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
cd "$here"
"$lupdate" -silent -locations relative -no-obsolete core ui app -ts "$ts"
# French: new messages arrive unfinished, for a translator (Qt Linguist) to fill.
"$lupdate" -silent -locations relative -no-obsolete -target-language fr_FR core ui app \
    -ts "$here/translations/ovh-explorer_fr.ts"
python3 - "$ts" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()

def fill(match):
    source = match.group(2)
    one = source.replace("(s)", "").replace("(es)", "")
    many = source.replace("(s)", "s").replace("(es)", "es")
    return ("%s<source>%s</source>\n        <translation>\n"
            "            <numerusform>%s</numerusform>\n"
            "            <numerusform>%s</numerusform>\n        </translation>") % (
                match.group(1), source, one, many)

# Only plural messages: "(?:(?!</message>).)*?" keeps each match inside its own message.
text = re.sub(r'(<message numerus="yes">(?:(?!</message>).)*?)<source>(.*?)</source>\s*'
              r'<translation[^>]*>.*?</translation>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
echo "updated $ts and translations/ovh-explorer_fr.ts"
