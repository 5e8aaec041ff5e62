#!/usr/bin/env python3
"""CI check for the committed translations.

Fails when
  (a) a message of the French file is unfinished, empty, obsolete or vanished, or its
      placeholders (%1..%99, %n), mnemonic (&) or HTML tags do not match the source, or
  (b) lupdate run on the current sources, with the options the build uses, would change a
      committed .ts file (messages are compared, not formatting).

Usage: check_translations.py --lupdate PATH --sources LISTFILE --ts FR_TS --en-ts EN_TS
       [--option OPT ...]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?n|L?\d{1,2})")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
MNEMONIC = re.compile(r"&(?!&)[^\s&]")


def messages(ts_path):
    """(context, source, comment) -> (numerus, translation type, [forms])."""
    result = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            result[key] = (message.get("numerus") == "yes", translation.get("type", ""), forms)
    return result


def check_complete(ts_path):
    problems = []
    for (context, source, _), (numerus, kind, forms) in messages(ts_path).items():
        where = f"{os.path.basename(ts_path)} [{context}] {source!r}"
        if kind:
            problems.append(f"{where}: translation is {kind}")
            continue
        if any(not form.strip() for form in forms) or (numerus and len(forms) != 2):
            problems.append(f"{where}: empty translation or missing plural form")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for index, form in enumerate(forms):
            got = set(PLACEHOLDER.findall(form))
            # A singular form may say "ce jeton" instead of "%n jeton"; the plural must keep %n.
            expected = set(wanted) - ({"%n", "%Ln"} if numerus and index == 0 else set())
            if not expected <= got or not got <= set(wanted):
                problems.append(f"{where}: placeholders {sorted(got)} instead of {wanted}")
            if sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
                problems.append(f"{where}: HTML tags differ from the source")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)):
                problems.append(f"{where}: mnemonic (&) missing or added")
    return problems


def check_lupdate_drift(lupdate, sources, options, ts_path, extra):
    with tempfile.TemporaryDirectory() as temp:
        copy = os.path.join(temp, os.path.basename(ts_path))
        shutil.copyfile(ts_path, copy)
        command = [lupdate, *options, *extra, "@" + sources, "-ts", copy]
        run = subprocess.run(command, capture_output=True, text=True)
        if run.returncode != 0:
            return [f"lupdate failed ({run.returncode}): {run.stderr.strip()}"]
        before, after = messages(ts_path), messages(copy)
    problems = []
    for key in sorted(after.keys() - before.keys()):
        problems.append(f"{os.path.basename(ts_path)}: new in the sources, not in the file: {key[1]!r}")
    for key in sorted(before.keys() - after.keys()):
        problems.append(f"{os.path.basename(ts_path)}: gone from the sources: {key[1]!r}")
    for key in sorted(before.keys() & after.keys()):
        if before[key] != after[key]:
            problems.append(f"{os.path.basename(ts_path)}: lupdate changes {key[1]!r}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--sources", required=True)
    parser.add_argument("--ts", required=True)
    parser.add_argument("--en-ts", required=True)
    parser.add_argument("--option", action="append", default=[])
    args = parser.parse_args()

    problems = check_complete(args.ts) + check_complete(args.en_ts)
    problems += check_lupdate_drift(args.lupdate, args.sources, args.option, args.ts, [])
    problems += check_lupdate_drift(args.lupdate, args.sources, args.option, args.en_ts,
                                    ["-pluralonly"])
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} translation problem(s). Run lupdate (cmake --build --preset dev "
              "--target update_translations), then translate what it marked unfinished in Qt "
              "Linguist (linguist translations/cockpit-tokens_fr.ts) or by hand.")
        return 1
    print(f"translations OK: {len(messages(args.ts))} French messages, no drift")
    return 0


if __name__ == "__main__":
    sys.exit(main())
