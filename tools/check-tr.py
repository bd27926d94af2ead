#!/usr/bin/env python3
"""Finds text a user would read that does not go through Qt's translation (tr(), translate()):

  * a string literal with letters passed to a call that shows text (setText, setWindowTitle,
    setToolTip, addAction, addMenu, QMessageBox::…, the QLabel/QAction/QPushButton …
    constructors, setAccessibleName …, and the CLI's and the desk core's message carriers:
    CliError, DeskError, writeErr, finishWithText, printLine, fprintf …);
  * a sentence glued from pieces: tr(...) + tr(...), tr(...) + "literal" or "literal" + tr(...),
    tr(...) + variable or variable + tr(...) (a translator cannot reorder what is outside
    the string). Glue made only of line breaks between whole translated paragraphs is fine.

An exception is marked where it is, with a reason, on the line or the line above:

    label->setText(u"SHA-256"_s); // i18n-ok: the name of an algorithm

  check-tr.py [PATHS...]      files or folders (default: views, app/cwdeskmain.cpp, app/cli,
                              models/desk, and models, models/api, models/store, whose messages
                              reach users too; relative to the checkout); exit 1 on findings
  check-tr.py --self-test DIR each DIR/*.cpp.sample must give exactly the findings its lines
                              end with `// expect-i18n`; exit 1 otherwise
"""
import os
import re
import sys

DEFAULT_PATHS = ["views", "app/cwdeskmain.cpp", "app/cli", "models/desk", "models", "models/api",
                 "models/store"]

# Calls whose string arguments a user reads.
UI_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "addAction", "addMenu",
    "setTitle", "setLabelText", "showMessage", "setHeaderLabels", "setHeaderLabel", "setTabText",
    "addTab", "insertTab", "setItemText", "addItem", "addItems", "setInformativeText",
    "setDetailedText", "setPrefix", "setSuffix", "setSpecialValueText", "setFormat",
    "setButtonText", "setOkButtonText", "setCancelButtonText", "setWindowIconText",
    "setHtml", "setPlainText", "insertRow", "addRow", "setSectionText",
    "information", "warning", "critical", "question", "about",
    "getText", "getInt", "getItem", "getDouble", "getOpenFileName", "getSaveFileName",
    "QLabel", "QAction", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QMenu", "QMessageBox", "QCommandLinkButton", "QDockWidget",
    # the CLI's and the desk core's messages
    "CliError", "usage", "failure", "DeskError", "invalid", "writeErr", "finishWithText",
    "printLine", "fprintf", "fputs", "puts", "printf", "note", "done", "setLabel", "setNoun",
    "setMessage", "setNotice", "showNotice", "configuration", "listingIncomplete", "invalidJson",
    "fromNetworkError", "setErrorMessage", "setError", "fail", "failed",
}
TR_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TR_N_NOOP",
            "QT_TRANSLATE_N_NOOP", "qtTrId", "QT_TRID_NOOP", "trUtf8"}
# A literal given to one of these inside a text call is a key or a name, not text.
KEY_CALLS = {"value", "contains", "insert", "remove", "take", "property", "setProperty",
             "findChild", "findChildren", "setObjectName", "startsWith", "endsWith", "icon",
             "fromTheme", "QLatin1StringView", "QLatin1String", "QByteArrayLiteral"}
ALLOW = "i18n-ok:"
EXPECT = "expect-i18n"

TOKEN = re.compile(r"""
    (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<raw>(?:u8|u|U|L)?R"(?P<delim>[^(\s]*)\(.*?\)(?P=delim)"(?:_s|_L1|_ba)?)
  | (?P<string>(?:u8|u|U|L)?"(?:\\.|[^"\\\n])*"(?:_s|_L1|_ba)?)
  | (?P<char>(?:u8|u|U|L)?'(?:\\.|[^'\\\n])*')
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<number>[0-9][0-9a-zA-Z_.']*)
  | (?P<punct>::|->|[(){}\[\],;+=<>!&|?:.*/%^~-])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.S | re.X)


class Token:
    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line


def tokenize(source):
    tokens, comments = [], {}
    line = 1
    for m in TOKEN.finditer(source):
        kind = m.lastgroup if m.lastgroup != "delim" else "raw"
        for name in ("comment", "raw", "string", "char", "ident", "number", "punct", "space",
                     "other"):
            if m.group(name) is not None:
                kind = name
                break
        text = m.group(0)
        if kind == "comment":
            comments.setdefault(line, []).append(text)
        elif kind != "space":
            tokens.append(Token("string" if kind == "raw" else kind, text, line))
        line += text.count("\n")
    return tokens, comments


def literal_text(token):
    text = token.text
    body = text[text.index('"') + 1:text.rindex('"')]
    return body


def has_words(token):
    return re.search(r"[A-Za-z]{2,}", literal_text(token)) is not None


def only_line_breaks(token):
    if token.kind == "char":
        return token.text.endswith("'\\n'")
    if token.kind == "string":
        return re.fullmatch(r"(\\n)+", literal_text(token)) is not None
    return False


def matching(tokens, i):
    """Index of the bracket closing tokens[i] ( '(' or '{' or '[')."""
    pairs = {"(": ")", "{": "}", "[": "]"}
    opening, closing = tokens[i].text, pairs[tokens[i].text]
    depth = 0
    for j in range(i, len(tokens)):
        if tokens[j].text == opening:
            depth += 1
        elif tokens[j].text == closing:
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def tr_spans(tokens):
    """(start, end) token indexes of each tr(...) call with its .arg(...) chain."""
    spans = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if (t.kind == "ident" and t.text in TR_CALLS and i + 1 < len(tokens)
                and tokens[i + 1].text == "("):
            start = i
            # Qualified: Messages::tr, QCoreApplication::translate, this->tr
            while start >= 2 and tokens[start - 1].text in ("::", "->", ".") and \
                    tokens[start - 2].kind == "ident":
                start -= 2
            end = matching(tokens, i + 1)
            while (end + 2 < len(tokens) and tokens[end + 1].text == "." and
                   tokens[end + 2].kind == "ident" and end + 3 < len(tokens) and
                   tokens[end + 3].text == "("):
                end = matching(tokens, end + 3)
            spans.append((start, end))
            i = end + 1
        else:
            i += 1
    return spans


def operand_before(tokens, start):
    """Start index of the operand that ends just before tokens[start] (skips one call/name)."""
    j = start - 1
    if j < 0:
        return None
    if tokens[j].text in (")", "]"):
        depth = 0
        while j >= 0:
            if tokens[j].text in (")", "]"):
                depth += 1
            elif tokens[j].text in ("(", "["):
                depth -= 1
                if depth == 0:
                    break
            j -= 1
        j -= 1
    while j >= 0 and (tokens[j].kind == "ident" or tokens[j].text in ("::", ".", "->")):
        j -= 1
    return j + 1


def check(path):
    with open(path, encoding="utf-8") as f:
        tokens, comments = tokenize(f.read())

    def allowed(line):
        return any(ALLOW in c for ln in (line, line - 1) for c in comments.get(ln, []))

    findings = []
    spans = tr_spans(tokens)
    inside_tr = set()
    for start, end in spans:
        inside_tr.update(range(start, end + 1))

    # 1. literals given to calls that show text
    for i, t in enumerate(tokens):
        if t.kind != "ident" or t.text not in UI_CALLS or i + 1 >= len(tokens) or \
                tokens[i + 1].text not in ("(", "{"):
            continue
        end = matching(tokens, i + 1)
        # With its text translated, a call's one-word literals are keys or item data
        # (addItem(tr("High"), u"High"_s), a form's addRow(form, u"summary"_s, tr(…), edit)).
        has_tr = any(k in inside_tr for k in range(i + 2, end))
        for k in range(i + 2, end):
            tk = tokens[k]
            if k in inside_tr or tk.kind != "string" or not has_words(tk):
                continue
            if tokens[k - 1].text == "(" and tokens[k - 2].text in KEY_CALLS:
                continue
            if has_tr and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_./-]*", literal_text(tk)):
                continue
            if allowed(tk.line):
                continue
            findings.append((tk.line, f"{t.text}(): untranslated text {literal_text(tk)[:60]!r}"))

    # 2. sentences glued from translated pieces
    for start, end in spans:
        line = tokens[start].line
        if allowed(line) or allowed(tokens[end].line):
            continue
        for side, k in (("after", end + 1), ("before", start - 1)):
            if not (0 <= k < len(tokens)) or tokens[k].text != "+":
                continue
            other = k + 1 if side == "after" else k - 1
            if not (0 <= other < len(tokens)):
                continue
            if only_line_breaks(tokens[other]):
                # a line break between paragraphs; what follows it is checked on its own
                continue
            if side == "before" and tokens[other].text == "+":
                continue
            what = tokens[other].text if tokens[other].kind in ("string", "char", "ident") \
                else "an expression"
            findings.append((line, f"translated text glued with + {side} it ({what[:40]}): "
                                   "use one tr() with %1 placeholders"))
    return sorted(set(findings))


def files_under(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(path, name)
        else:
            yield path


def self_test(directory):
    ok = True
    samples = sorted(n for n in os.listdir(directory) if n.endswith(".cpp.sample"))
    if not samples:
        print(f"self-test: no samples in {directory}")
        return 1
    for name in samples:
        path = os.path.join(directory, name)
        with open(path, encoding="utf-8") as f:
            expected = {n for n, text in enumerate(f.read().split("\n"), 1)
                        if re.search(r"//\s*" + EXPECT + r"\s*$", text)}
        found = {line for line, _ in check(path)}
        missed, extra = expected - found, found - expected
        print(f"self-test {name}: {len(expected)} expected, {len(found)} found")
        for line in sorted(missed):
            print(f"  {name}:{line}: not reported")
            ok = False
        for line in sorted(extra):
            print(f"  {name}:{line}: reported but not expected")
            ok = False
    return 0 if ok else 1


def main(argv):
    if argv[:1] == ["--self-test"]:
        return self_test(argv[1])
    paths = argv or DEFAULT_PATHS
    total = 0
    for path in files_under(paths):
        for line, message in check(path):
            print(f"{path}:{line}: {message}")
            total += 1
    print(f"check-tr: {total} finding(s) in {', '.join(paths)}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
