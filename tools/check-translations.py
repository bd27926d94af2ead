#!/usr/bin/env python3
"""Checks Qt Linguist .ts files for work left: messages that are unfinished (new or changed in the
code), untranslated, vanished or obsolete (gone from the code), plural forms left empty, and
placeholders (%1, %n) or an accelerator (&) that the translation lost or added.

  check-translations.py FILE.ts...                       fail (exit 1) on any of the above
  check-translations.py --report FILE.ts...              print the counts, never fail
  check-translations.py --committed DIR FILE.ts...       also fail when FILE differs from DIR/FILE
                                                         (FILE freshly refreshed by lupdate)
  check-translations.py --self-test SAMPLE.ts            each message's comment says what must be
                                                         found ("expect: ok", "expect: unfinished",
                                                         "expect: placeholders" …); fail otherwise
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?n|L?[1-9][0-9]?)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def accelerators(text):
    # '&&' is a literal ampersand; '&x' marks a shortcut letter; entities are decoded already.
    return len(re.findall(r"&(?!&)\w", (text or "").replace("&&", "")))


def check_file(path, kinds=None):
    """Counts and problems of one .ts file; `kinds` (a dict) gets the problem kinds per source."""
    problems = []
    counts = {"messages": 0, "finished": 0}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            counts["messages"] += 1
            source = message.findtext("source") or ""
            where = f"{os.path.basename(path)}: [{name}] {source[:70]!r}"
            problems_before = len(problems)
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{where}: {kind}")
                if kinds is not None:
                    kinds[source] = {kind}
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = forms
            else:
                forms = None
                texts = [translation.text or ""]
            if not texts or any(not t.strip() for t in texts):
                problems.append(f"{where}: untranslated")
                if kinds is not None:
                    kinds[source] = {"untranslated"}
                continue
            found = set()
            for text in texts:
                want = placeholders(source)
                got = placeholders(text)
                if forms is not None:
                    # A plural form may leave %n out ("one ticket"), never add another.
                    want = [p for p in want if p not in ("%n", "%Ln")]
                    got = [p for p in got if p not in ("%n", "%Ln")]
                if want != got:
                    problems.append(f"{where}: placeholders {want} became {got} in {text[:70]!r}")
                    found.add("placeholders")
                if accelerators(source) != accelerators(text):
                    problems.append(f"{where}: the & shortcut was lost or added in {text[:70]!r}")
                    found.add("shortcut")
            if kinds is not None:
                kinds[source] = found or {"ok"}
            if len(problems) == problems_before:
                counts["finished"] += 1
    return counts, problems


def self_test(path):
    expected = {}
    for message in ET.parse(path).getroot().iter("message"):
        comment = message.findtext("comment") or ""
        if comment.startswith("expect: "):
            expected[message.findtext("source")] = {comment[len("expect: "):]}
    kinds = {}
    check_file(path, kinds)
    wrong = [f"  {source!r}: expected {sorted(want)}, found {sorted(kinds.get(source, set()))}"
             for source, want in expected.items() if kinds.get(source) != want]
    print(f"self-test {os.path.basename(path)}: {len(expected)} messages, {len(wrong)} wrong")
    print("\n".join(wrong))
    return 1 if wrong or not expected else 0


def main():
    if sys.argv[1:2] == ["--self-test"]:
        return self_test(sys.argv[2])
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--committed")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    failed = False
    for path in args.files:
        counts, problems = check_file(path)
        print(f"{os.path.basename(path)}: {counts['messages']} messages, "
              f"{counts['finished']} translated, {len(problems)} problems")
        for problem in problems[:200]:
            print("  " + problem)
        if problems:
            failed = True
        if args.committed:
            committed = os.path.join(args.committed, os.path.basename(path))
            with open(path, encoding="utf-8") as a, open(committed, encoding="utf-8") as b:
                if a.read() != b.read():
                    print(f"  {committed} is not what lupdate makes of the sources: "
                          "run tools/update-translations")
                    failed = True
    if failed and not args.report:
        print("translations: not complete; see docs/ARCHITECTURE.md, 'Translations'")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
