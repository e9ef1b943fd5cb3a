#!/usr/bin/python3
"""Fills translations into a Qt .ts file from a simple text file.

Usage: apply_translations.py TS_FILE PAIRS_FILE

PAIRS_FILE holds blocks separated by blank lines:
    context<TAB>source text
    translation
    [second line for the plural form of a %n message]
The .ts file is the source of truth; this only saves typing XML by hand.
With --english every still untranslated message gets its source as its
translation (plural forms from the PAIRS_FILE when given).
"""
import sys
import xml.etree.ElementTree as ET


def load_pairs(path):
    pairs = {}
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    for block in blocks:
        lines = [l for l in block.strip("\n").split("\n") if l]
        if len(lines) < 2:
            continue
        context, source = lines[0].split("\t", 1)
        pairs[(context, source.replace("\\n", "\n"))] = [l.replace("\\n", "\n") for l in lines[1:]]
    return pairs


def main():
    english = "--english" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--english"]
    ts_path = args[0]
    pairs = load_pairs(args[1]) if len(args) > 1 else {}
    tree = ET.parse(ts_path)
    filled = missing = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        for msg in ctx.iter("message"):
            source = msg.find("source").text or ""
            tr = msg.find("translation")
            forms = pairs.get((name, source))
            if forms is None and english and tr.get("type") == "unfinished":
                # Only what is untranslated: finished plural forms stay.
                forms = [source, source] if msg.get("numerus") == "yes" else [source]
            if forms is None:
                if tr.get("type") == "unfinished":
                    missing += 1
                continue
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if msg.get("numerus") == "yes":
                for form in (forms + forms[-1:])[:2]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = forms[0]
            tr.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # Keep the DOCTYPE line lupdate writes, so lupdate leaves the file as is.
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>\n", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n', 1)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{ts_path}: filled {filled}, still untranslated {missing}")


if __name__ == "__main__":
    main()
