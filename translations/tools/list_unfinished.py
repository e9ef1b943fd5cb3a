#!/usr/bin/python3
"""Prints the unfinished messages of a Qt .ts file as a PAIRS_FILE skeleton.

Usage: list_unfinished.py TS_FILE > todo.txt
Each block is "context<TAB>source" followed by an empty translation line
(two for a %n message) to fill in and feed to apply_translations.py.
"""
import sys
import xml.etree.ElementTree as ET


def main():
    tree = ET.parse(sys.argv[1])
    for ctx in tree.getroot().iter("context"):
        name = ctx.find("name").text
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = msg.find("source").text.replace("\n", "\\n")
            lines = 2 if msg.get("numerus") == "yes" else 1
            print(f"{name}\t{source}")
            print("\n".join(["TODO"] * lines))
            print()


if __name__ == "__main__":
    main()
