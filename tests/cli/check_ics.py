#!/usr/bin/python3
"""Reads a calendar file the way a second, independent calendar program would
(Debian's python3-icalendar and python3-dateutil, not libical) and compares
its sessions with the expected ones.

Usage: check_ics.py FILE.ics EXPECTED
EXPECTED holds one session a line: "YYYY-MM-DDTHH:MM|location" (local time).
Exit 0 when they match; otherwise the differences on stderr and exit 1.
"""
import sys

from dateutil.rrule import rrulestr
from icalendar import Calendar


def wall_clock(value):
    # The wall-clock time in the event's own zone: a group at 19:00 is at 19:00.
    return value.replace(tzinfo=None)


def sessions(path):
    with open(path, "rb") as f:
        calendar = Calendar.from_ical(f.read())
    events = list(calendar.walk("VEVENT"))
    masters = [e for e in events if "RECURRENCE-ID" not in e]
    if len(masters) != 1:
        sys.exit(f"expected one repeating event, found {len(masters)}")
    master = masters[0]
    start = wall_clock(master.decoded("DTSTART"))
    place = str(master.get("LOCATION", ""))
    rule = master["RRULE"].to_ical().decode()
    excluded = set()
    exdates = master.get("EXDATE", [])
    for entry in exdates if isinstance(exdates, list) else [exdates]:
        excluded.update(wall_clock(d.dt) for d in entry.dts)
    moved = {}
    for event in events:
        if "RECURRENCE-ID" in event:
            original = wall_clock(event.decoded("RECURRENCE-ID"))
            moved[original] = (wall_clock(event.decoded("DTSTART")), str(event.get("LOCATION", place)))
    out = []
    for occurrence in rrulestr(rule, dtstart=start):
        if occurrence in excluded:
            continue
        when, where = moved.get(occurrence, (occurrence, place))
        out.append(f"{when:%Y-%m-%dT%H:%M}|{where}")
    return out


def main():
    found = sessions(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as f:
        expected = [line.rstrip("\n") for line in f if line.strip()]
    if found != expected:
        print("sessions in the file:", *found, sep="\n  ", file=sys.stderr)
        print("expected:", *expected, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
