#!/usr/bin/env python3
"""Checks that the committed catalogue holds every message of core, and that the CLI stays English.

    checktranslations.py <lupdate> <core dir> <committed .ts> [<CLI file or dir>...]

Fails, naming each message, when lupdate over <core dir> finds a message missing from the .ts or
the .ts holds one of core's contexts' messages that the sources no longer have; when lupdate
warns on core (a tr() it cannot give a context, which no translation would ever reach); and
when a file of the CLI installs a translator. scripts/update-translations.sh fixes the .ts.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(ts_path):
    """{(context, source, numerus)} of a .ts file."""
    found = set()
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.add((name, message.findtext("source"), message.get("numerus") == "yes"))
    return found


def cli_files(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
        for root, _, files in os.walk(path):
            for name in sorted(files):
                yield os.path.join(root, name)


def describe(message):
    context, source, numerus = message
    return "%s: \"%s\"%s" % (context, source, " (plural)" if numerus else "")


def main():
    lupdate, core_dir, committed = sys.argv[1:4]
    cli_paths = sys.argv[4:]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        extracted = os.path.join(tmp, "core.ts")
        run = subprocess.run([lupdate, "-locations", "none", core_dir, "-ts", extracted],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr, file=sys.stderr)
            return 1
        for line in (run.stdout + run.stderr).splitlines():
            if re.search(r":\d+: ", line):
                problems.append("lupdate: " + line.strip())
        core = messages(extracted)
    catalogue = messages(committed)
    contexts = {context for context, _, _ in core}
    for message in sorted(core - catalogue):
        problems.append("missing from %s: %s" % (os.path.basename(committed), describe(message)))
    for message in sorted(m for m in catalogue - core if m[0] in contexts):
        problems.append("no longer in the sources: %s" % describe(message))
    for path in cli_files(cli_paths):
        with open(path, encoding="utf-8", errors="replace") as source:
            for number, line in enumerate(source, 1):
                if re.search(r"installTranslator|installTranslations|QTranslator", line):
                    problems.append("%s:%d: the CLI stays English, it installs no translator"
                                    % (path, number))
    for problem in problems:
        print(problem, file=sys.stderr)
    if any(not p.endswith("installs no translator") for p in problems):
        print("run scripts/update-translations.sh to refresh the catalogue", file=sys.stderr)
    if problems:
        return 1
    print("%d messages of core in %d contexts, all in the catalogue" % (len(core), len(contexts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
