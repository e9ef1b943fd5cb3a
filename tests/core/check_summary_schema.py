#!/usr/bin/python3
# Usage: check_summary_schema.py SCHEMA SUMMARY
# Validates a summary file written by Baken against docs/summary.schema.json,
# then checks that the schema is not vacuous: broken copies must fail.
import copy
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
from schema_check import validated  # noqa: E402

schema_path, summary_path = sys.argv[1], sys.argv[2]
validator, summary = validated(schema_path, summary_path, "summary")

one_way = next(i for i, t in enumerate(summary["tables"]) if t["columns"] is None and t["total"] is not None)
two_way = next(i for i, t in enumerate(summary["tables"]) if t["columns"] is not None)
small = next((r, c) for r, line in enumerate(summary["tables"][one_way]["cells"])
             for c, f in enumerate(line) if isinstance(f, dict))


def broken(change):
    doc = copy.deepcopy(summary)
    change(doc)
    return doc


def set_cell(doc, table, row, column, value):
    doc["tables"][table]["cells"][row][column] = value


mutations = {
    "another format": lambda d: d.update(format="baken-interchange"),
    "newer version": lambda d: d.update(version=2),
    "k below 3": lambda d: d["rules"].update(k=2),
    "a day in the period": lambda d: d["period"].update(firstMonth="2026-01-15"),
    "a negative figure": lambda d: set_cell(d, one_way, 0, 0, -1),
    "a fractional figure": lambda d: set_cell(d, one_way, 0, 0, 1.5),
    "a suppressed figure with its value": lambda d: set_cell(d, one_way, small[0], small[1],
                                                             {"suppressed": "hidden", "value": 3}),
    "an unknown marker": lambda d: set_cell(d, one_way, small[0], small[1], {"suppressed": "tiny"}),
    "the reason small": lambda d: set_cell(d, one_way, small[0], small[1], {"suppressed": "small"}),
    "the reason secondary": lambda d: set_cell(d, one_way, small[0], small[1], {"suppressed": "secondary"}),
    "a one-way table with two columns": lambda d: d["tables"][one_way]["cells"][0].append(1),
    "row totals in a one-way table": lambda d: d["tables"][one_way].update(rowTotals=[1]),
    "free text in a table": lambda d: d["tables"][two_way].update(note="Fatima, afdeling Noord"),
    "a label in one language": lambda d: d["tables"][two_way].update(title={"nl": "Casussen"}),
    "an unknown section": lambda d: d["tables"][two_way].update(section="people"),
    "no rules": lambda d: d.pop("rules"),
    "coverage with a day": lambda d: d.update(coverage=[{"source": "Noord", "months": ["2026-01-15"]}]),
    "coverage without a source": lambda d: d.update(coverage=[{"months": ["2026-01"]}]),
    "coverage with a figure": lambda d: d.update(coverage=[{"source": "Noord", "months": [], "cases": 3}]),
}
status = 0
for name, change in mutations.items():
    if validator.is_valid(broken(change)):
        print("the schema accepts a broken summary: %s" % name)
        status = 1
print("summary matches the schema; %d broken variants rejected" % len(mutations) if status == 0 else "")
sys.exit(status)
