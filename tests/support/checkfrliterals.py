#!/usr/bin/env python3
"""Fails when a user-visible string literal reaches a widget without tr() (issue 15 item 2).

    checkfrliterals.py <allow-list> <dir or file>...

Looks in C++ sources for the calls that put text on screen (setText, setWindowTitle, setToolTip,
setPlaceholderText, addAction, addTab, QLabel(…), QPushButton(…)…) whose text argument is a
literal with letters: "…", QStringLiteral("…"), u"…", QLatin1String("…"). A literal without
letters (a symbol, "%1") passes. The allow-list names the literals that are no words to
translate (API names, formats, language names): one per line, `file-suffix<TAB>literal`, or
`*<TAB>literal` for any file; # starts a comment.
"""
import os
import re
import sys

SETTERS = (r"setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setWhatsThis"
           r"|setTitle|setTabText|setTabToolTip|setItemText|setLabelText|setHeaderLabels"
           r"|showMessage|setSuffix|setPrefix|setSpecialValueText|setWindowIconText"
           r"|addAction|addMenu|addTab|insertTab|addItem|addItems|insertItem|addRow|setButtonText"
           r"|QLabel|QPushButton|QToolButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu"
           r"|QMessageBox::\w+|information|warning|critical|question")
CALL = re.compile(r"\b(?:%s)\s*\(" % SETTERS)
# A literal argument, maybe wrapped ("…", u"…", QStringLiteral("…"), QLatin1String("…").arg(…)).
LITERAL_ARG = re.compile(r"^(?:(?:QStringLiteral|QLatin1String|QLatin1StringView|QString::fromUtf8"
                         r"|QString)\s*\(\s*)?u?\"((?:[^\"\\]|\\.)*)\"")
# An object name passed next to the text (historypanel's addAction(text, "historyOpen", …)).
OBJECT_NAME = re.compile(r"^[a-z]+(?:[A-Z0-9][a-z0-9]*)+$")
COMMENT_OR_LITERAL = re.compile(
    r"//[^\n]*|/\*.*?\*/|u?\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'", re.S)
# Letters (two in a row) make a word; "%1", "…", "+" and "→" are none.
WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{2,}")


def arguments(code, start):
    """The top-level arguments of the call whose '(' is at code[start - 1], with their offsets."""
    args, depth, begin = [], 0, start
    for i in range(start, len(code)):
        c = code[i]
        if c == '"':
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                args.append((code[begin:i], begin))
                return args
            depth -= 1
        elif c == "," and depth == 0:
            args.append((code[begin:i], begin))
            begin = i + 1
    return args


def literals(code, start):
    """(text, offset) of each literal argument of the call, a braced list's elements too."""
    for arg, offset in arguments(code, start):
        stripped = arg.strip()
        if stripped.startswith("{"):
            inner = offset + arg.index("{") + 1
            for element, at in arguments(code, inner):
                yield from literal(element, at)
        else:
            yield from literal(arg, offset)


def literal(arg, offset):
    match = LITERAL_ARG.match(arg.strip())
    if match:
        yield match.group(1), offset + len(arg) - len(arg.lstrip())


def sources(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
        for root, _, files in os.walk(path):
            for name in sorted(files):
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(root, name)


def allowed(allow_path):
    rules = []
    with open(allow_path, encoding="utf-8") as allow:
        for line in allow:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            suffix, literal = line.split("\t", 1)
            rules.append((suffix, literal))
    return rules


def main():
    allow = allowed(sys.argv[1])
    used = set()
    problems = []
    for path in sources(sys.argv[2:]):
        text = open(path, encoding="utf-8").read()
        # Comments out (not "https://" in a literal), line numbers kept.
        code = COMMENT_OR_LITERAL.sub(
            lambda m: m.group(0) if m.group(0).startswith(("\"", "u\"", "'"))
            else re.sub(r"[^\n]", " ", m.group(0)), text)
        # Literals blanked for the parenthesis count, their text read from `text`.
        blank = re.sub(r'u?"(?:[^"\\\n]|\\.)*"', lambda m: '"' + "_" * (len(m.group(0)) - 2) + '"',
                       code)
        for match in CALL.finditer(code):
            for _, at in literals(blank, match.end()):
                found = LITERAL_ARG.match(code[at:])
                if found is None:
                    continue
                literal = found.group(1)
                shown = re.sub(r"<[^>]*>|%L?\d|&\w+;", "", literal)
                if OBJECT_NAME.match(literal) or not WORD.search(shown):
                    continue
                rule = next((r for r in allow if r[1] == literal
                             and (r[0] == "*" or path.endswith(r[0]))), None)
                if rule:
                    used.add(rule)
                    continue
                line = code.count("\n", 0, at) + 1
                problems.append("%s:%d: \"%s\" reaches the screen without tr()"
                                % (path, line, literal))
    for rule in allow:
        if rule not in used:
            problems.append("allow-list: \"%s\" (%s) is no longer in the sources" % (rule[1], rule[0]))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print("every literal on screen goes through tr() or is allowed (%d allowed)" % len(allow))
    return 0


if __name__ == "__main__":
    sys.exit(main())
