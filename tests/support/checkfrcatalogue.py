#!/usr/bin/env python3
"""Checks that a French catalogue is complete and typographically right (issue 15 item 2).

    checkfrcatalogue.py <ovh-explorer_fr.ts>

Fails, naming each message, when a message is unfinished or empty, a plural lacks one of its two
French forms, a translation does not keep the source's placeholders (%1, %L1, %n), HTML tags or
its one mnemonic '&', or its typography is English: a plain space (or none) before : ; ? ! where
French puts a no-break space, "straight" or “English” quotes around prose, « » without no-break
spaces inside. Text copied verbatim from the source (code, values) is exempt.
"""
import re
import sys
import xml.etree.ElementTree as ET

NBSP = "\u00a0"
NNBSP = "\u202f"
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
TAG = re.compile(r"<(/?[A-Za-z][A-Za-z0-9]*)\b[^>]*?/?>")
# One '&' before a letter or digit is a mnemonic; "&&" is a literal ampersand.
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\w)")


def mnemonics(text):
    return len(MNEMONIC.findall(text.replace("&&", "")))


def typography(source, text):
    faults = []
    # \S does not take U+00A0: a mark after a no-break space has an empty word and no space.
    for match in re.finditer(r"(\S*)( ?)([:;?!])(?=\s|$|\)|<|»)", text):
        word, space, mark = match.groups()
        if space:
            faults.append("a plain space before '%s' (use U+00A0)" % mark)
        elif word and (word + mark) not in source:
            faults.append("no space before '%s' in '%s%s' (use U+00A0)" % (mark, word, mark))
    if text.count('"') > source.count('"'):
        faults.append('"straight" quotes around prose (use « »)')
    if "\u201c" in text or "\u201d" in text:
        faults.append("“English” quotes (use « »)")
    if re.search("«(?!" + NBSP + "|" + NNBSP + ")", text) or re.search(
            "(?<!" + NBSP + ")(?<!" + NNBSP + ")»", text):
        faults.append("« » without a no-break space inside")
    return faults


def check(source, text, numerus):
    faults = []
    if PLACEHOLDER.findall(source) and sorted(PLACEHOLDER.findall(source)) != sorted(
            PLACEHOLDER.findall(text)):
        wanted = sorted(PLACEHOLDER.findall(source))
        if not (numerus and sorted(PLACEHOLDER.findall(text)) == sorted(
                p for p in wanted if p not in ("%n", "%Ln"))):
            faults.append("placeholders %s, source has %s"
                          % (sorted(PLACEHOLDER.findall(text)), wanted))
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        faults.append("HTML tags %s, source has %s"
                      % (sorted(TAG.findall(text)), sorted(TAG.findall(source))))
    if mnemonics(source) != mnemonics(text):
        faults.append("%d mnemonic '&', source has %d" % (mnemonics(text), mnemonics(source)))
    return faults + typography(source, text)


def main(path):
    problems = []
    total = 0
    root = ET.parse(path).getroot()
    if not root.get("language", "").startswith("fr"):
        problems.append("%s: language is '%s', not French" % (path, root.get("language")))
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = "%s: \"%s\"" % (name, source.replace("\n", "\\n"))
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "missing", "vanished", "obsolete"):
                problems.append("%s: %s" % (where, kind))
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if len(forms) != 2 or not all(f.strip() for f in forms):
                    problems.append("%s: French plurals need 2 forms, has %d non-empty"
                                    % (where, sum(1 for f in forms if f.strip())))
                    continue
            else:
                forms = [translation.text or ""]
                if not forms[0].strip():
                    problems.append("%s: empty translation" % where)
                    continue
            for form in forms:
                for fault in check(source, form, numerus):
                    problems.append("%s: %s" % (where, fault))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print("%d problems in %d messages of %s" % (len(problems), total, path), file=sys.stderr)
        return 1
    print("%d messages, all translated into French" % total)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
