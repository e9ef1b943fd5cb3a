#!/usr/bin/env python3
"""Prints the table of docs/performance.md from Google Benchmark JSON files.

Usage: perf_table.py SCALE=results.json[,more.json] [SCALE=results.json ...]

Each time is shown as wall / CPU in ms. Reads are judged on CPU time (the
thread's own; on a shared machine the wall time also holds the time other
processes had the CPU), saves on wall time (waiting for the disk is the
point). Ratios to the engine's limit are taken on CPU time.
"""
import json
import sys


def load(paths):
    """One scale's results: one JSON file, or several joined by commas."""
    out = {}
    for path in paths.split(","):
        with open(path) as f:
            out.update({b["name"].split("/")[0]: b for b in json.load(f)["benchmarks"]})
    return out


def times(b):
    unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b.get("time_unit", "ns")]
    return b["real_time"] * unit, b["cpu_time"] * unit


def counters(b, wall, cpu):
    return b[wall], b[cpu]


def per_page(r):
    e = r["BM_LargeScrollEngine"]
    pages = max(e["rows"] / 100.0, 1.0)
    wall, cpu = times(e)
    return wall / pages, cpu / pages


# figure, target, measured(r) -> (wall, cpu), engine(r) or None, ratio limit, judged on
FIGURES = [
    ("Search as you type, p95 per keystroke", 50,
     lambda r: counters(r["BM_LargeSearchAsYouType"], "p95_ms", "p95_cpu_ms"),
     lambda r: counters(r["BM_LargeSearchEngine"], "p95_ms", "p95_cpu_ms"), 2.0, "cpu"),
    ("Doubt-line search, p95 per keystroke", 50,
     lambda r: counters(r["BM_LargeConsultationSearch"], "p95_ms", "p95_cpu_ms"),
     lambda r: counters(r["BM_LargeConsultationSearchEngine"], "p95_ms", "p95_cpu_ms"), 2.0, "cpu"),
    ("Open a case with 100 contact moments", 30,
     lambda r: times(r["BM_LargeOpenCase"]), lambda r: times(r["BM_LargeOpenCaseEngine"]), None, "cpu"),
    ("Save a contact moment, committed", 20,
     lambda r: times(r["BM_LargeSaveContact"]), lambda r: times(r["BM_LargeSaveEngine"]), None, "wall"),
    ("Save a consultation, committed", 20,
     lambda r: times(r["BM_LargeSaveConsultation"]), lambda r: times(r["BM_LargeSaveEngine"]), None, "wall"),
    ("Yearly summary, all tables, k = 5", 1000,
     lambda r: times(r["BM_LargeYearlySummary"]), None, None, "cpu"),
    # The engine: one hand-written statement that counts the same tables.
    ("Yearly summary: counting only", 1000,
     lambda r: times(r["BM_LargeBuildSummary"]), lambda r: times(r["BM_LargeYearlySummaryEngine"]), 2.0, "cpu"),
    # Below any summary: the year's rows counted from the indexes, no value
    # read, nothing grouped. Shown for scale, not judged.
    ("  floor: the year's rows counted, no tables", None,
     lambda r: times(r["BM_LargeYearlySummaryFloor"]), None, None, "cpu"),
    ("Case list: slowest fetch (100 rows)", 16,
     lambda r: counters(r["BM_LargeScrollCaseList"], "max_ms", "max_cpu_ms"), None, None, "cpu"),
    ("Case list: mean fetch (100 rows)", 16,
     lambda r: counters(r["BM_LargeScrollCaseList"], "mean_ms", "mean_cpu_ms"), per_page, 2.0, "cpu"),
    # After scrolling the whole list, the vault open. The process's peak is
    # Argon2id's 256 MiB at unlock, freed before the vault is used.
    ("Resident memory, vault open (MB)", 300,
     lambda r: (r["BM_LargeScrollCaseList"]["rss_mb"],) * 2, None, None, "wall"),
    ("Unlock to main window, KDF aside", 1000,
     lambda r: times(r["BM_LargeUnlockToMainWindow"]), None, None, "cpu"),
]


def fmt(value):
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def pair(values, memory=False):
    if values is None:
        return "-"
    return fmt(values[0]) if memory else f"{fmt(values[0])} / {fmt(values[1])}"


def main(args):
    runs = []
    for arg in args:
        scale, path = arg.split("=", 1)
        runs.append((scale, load(path)))
    head = ["figure", "target"]
    for scale, _ in runs:
        head += [f"{scale}x", f"engine {scale}x", f"ratio {scale}x"]
    head.append("met")
    rows = []
    all_met = True
    for name, target, measured, engine, limit, judged in FIGURES:
        memory = "MB" in name
        row = [name, "-" if target is None else f"< {target}" + (f", ratio <= {limit:.0f}x" if limit else "")]
        met = None
        for scale, r in runs:
            try:
                value = measured(r)
            except KeyError:
                row += ["-", "-", "-"]
                continue
            base = None
            if engine is not None:
                try:
                    base = engine(r)
                except KeyError:
                    pass
            ratio = value[1] / base[1] if base and base[1] > 0 else None
            row += [pair(value, memory), pair(base), f"{ratio:.1f}x" if ratio else "-"]
            if met is None and target is None:
                met = "-"
            elif met is None:
                judged_value = value[1] if judged == "cpu" else value[0]
                met = judged_value < target and (limit is None or ratio is None or ratio <= limit)
        if met is None:
            continue
        if met != "-":
            all_met = all_met and met
            met = "yes" if met else "NO"
        row.append(met)
        rows.append(row)
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    print(line(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print(line(row))
    print()
    print("Times in ms as wall / CPU; reads are judged on CPU time, saves on wall time; ratios on CPU time;")
    print("'met' is judged at the first scale.")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
