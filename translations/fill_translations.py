#!/usr/bin/env python3
"""Fills cockpit-tokens_fr.ts from the source->French tables in fr_text_*.py, and the plural
forms of cockpit-tokens_en.ts from en_text.py.

Run after lupdate has added new messages (then run lupdate once more, which restores its own
formatting); prints the sources that still have no text. Existing translations are overwritten
by the tables, so the tables stay the one place to edit.
"""
import glob
import importlib.util
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def load_tables(pattern, name):
    table = {}
    for path in sorted(glob.glob(os.path.join(HERE, pattern))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        table.update(getattr(module, name))
    return table


def fill(ts_path, table):
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        french = table.get(source)
        if french is None:
            missing.append(source)
            continue
        plural = message.get("numerus") == "yes"
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if plural:
            forms = french if isinstance(french, list) else [french, french]
            translation.text = "\n"
            for form in forms:
                element = ET.SubElement(translation, "numerusform")
                element.text = form
        else:
            if isinstance(french, list):
                missing.append(source)
                continue
            translation.text = french
        translation.attrib.pop("type", None)
    with open(ts_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for source in missing:
        print(os.path.basename(ts_path), "missing:", repr(source))
    return len(missing)


def main():
    missing = fill(os.path.join(HERE, "cockpit-tokens_fr.ts"), load_tables("fr_text_*.py", "FR"))
    missing += fill(os.path.join(HERE, "cockpit-tokens_en.ts"), load_tables("en_text.py", "EN"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
