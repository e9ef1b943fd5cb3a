#!/usr/bin/python3
"""Writes the spreadsheet samples the CSV import tests read (seeded, so the
files are the same on every run; the generated files are committed too).

  registrations-2000.csv            2,000 registrations as Excel on Windows
                                    saves them: Windows-1252, semicolons, CRLF,
                                    blank rows, trailing empty columns, dates in
                                    every Dutch form, values spelled unlike
                                    Baken's lists, and rows that must be refused
  registrations-2000.expected.tsv   every refusal planted in it:
                                    row, column, kind, value
  registrations-2000-corrected.csv  the same with the refused rows corrected;
                                    its spelling variants still need
  registrations-2000.mapping.json   which maps them onto Baken's codes
  small-utf8-bom.csv                English headers, UTF-8 with BOM, commas
  small-utf8-one-bad.csv            Dutch headers, UTF-8, commas, LF, one bad row
  small-new-unit.csv                Dutch headers, UTF-8, semicolons, a unit the
                                    lists do not have yet ("Team Zuid", twice)

Run: /usr/bin/python3 tests/data/csv/make_samples.py  (from anywhere)
"""
import csv
import datetime
import io
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20190203)

# The units the tests add to the vault before importing (there are no
# default units); the file writes some of them in other case or without accents.
UNITS = ["Burgerzaken", "Stadsbeheer", "Sociaal Domein", "Dienstverlening", "Financiën", "ICT",
         "Vergunningen", "Personeel & Organisatie"]
UNIT_SPELLINGS = {"Financiën": ["Financiën", "financien", "FINANCIEN"], "Burgerzaken": ["Burgerzaken", "burgerzaken"]}

TYPES = ["Signaal", "melding", "Vraag/advies", "klacht", "Vraag", "Klacht", "signaal"]
CHANNELS = ["Telefoon", "e-mail", "E-mail", "email", "Persoonlijk gesprek", "Videogesprek", "Chat", ""]
# Grounds as the lists spell them (any case), and as advisors wrote them.
GROUNDS = ["Godsdienst of levensovertuiging", "Huidskleur", "gender", "LHBTIQA+", "leeftijd",
           "Zwangerschap en ouderschap", "Handicap of chronische ziekte (ook niet zichtbaar)",
           "Opleidingsniveau of sociale klasse"]
GROUND_VARIANTS = {"racisme": "race_ethnicity", "Ras / racisme": "race_ethnicity", "religie": "religion"}
FORMS = ["Pesten", "uitsluiting", "Micro-agressie", "micro agressie", "Seksuele intimidatie",
         "Agressie en intimidatie"]
REPORTER_ROLES = ["Betrokken medewerker", "betrokken medewerker", "leidinggevende", "Omstander", "Oud-medewerker", ""]
ACCUSED_ROLES = ["Leidinggevende", "collega", "Collega", "Burger of klant", "onbekend", ""]
CHANNEL_VARIANTS = {"telefonisch": "phone"}
OUTCOMES = ["Opgelost", "Deels opgelost", "Niet opgelost", "Doorverwezen", "Ingetrokken door melder",
            "Geen contact meer"]
OPEN_STATUSES = ["lopend", "open", "In behandeling", "Nieuw"]
CLOSED_STATUSES = ["Afgesloten", "gesloten", "afgesloten", ""]  # empty: closed because a closing date is given
PSEUDONYMS = ["Merel", "Ahmed", "Sanne", "Fatima", "Joris", "Noëlle", "Daan", "Priya", "", "", ""]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

OPENINGS = ["Tijdens het werkoverleg", "Bij de koffieautomaat", "In de teamapp", "Na afloop van een cursus",
            "Op de afdeling", "In een e-mail aan het hele team", "Bij de jaarlijkse beoordeling",
            "Tijdens een klantgesprek"]
EVENTS = ["maakte een collega een grap over haar hoofddoek",
          "werd hij voor de zoveelste keer ‘de nieuwe’ genoemd",
          "kreeg zij te horen dat ze “te emotioneel” reageerde",
          "werd zijn accent nagedaan; iedereen lachte",
          "zei de leidinggevende dat parttimers “geen carrière willen”",
          "werd een foto met een kwetsende tekst gedeeld",
          "werd ze niet uitgenodigd voor het teamuitje (kosten € 45 p.p.)",
          "zei een klant dat hij \"iemand van hier\" wilde spreken"]
AFTERS = ["Melder voelt zich niet serieus genomen.", "Melder twijfelt of dit discriminatie is.",
          "Het gebeurt vaker, zegt melder.", "Collega's zagen het, niemand zei iets.",
          "Melder wil vooral dat het stopt.", "Melder overweegt een formele klacht."]

START = datetime.date(2016, 1, 4)
END = datetime.date(2023, 6, 30)


def dutch_date(day, style):
    d, m, y = day.day, day.month, day.year
    return [f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}", day.isoformat(),
            f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS_SHORT[m - 1]} {y}", f"{d}-{m}-{y % 100:02d}",
            f"{d}-{MONTHS_SHORT[m - 1]}-{y % 100:02d}"][style % 8]


def random_day():
    return START + datetime.timedelta(days=rng.randrange((END - START).days))


def description(seen):
    while True:
        text = f"{rng.choice(OPENINGS)} {rng.choice(EVENTS)}. {rng.choice(AFTERS)}"
        if rng.random() < 0.15:
            text += "\nVervolggesprek gepland; melder houdt een logboek bij."
        if rng.random() < 0.1:
            text += f" Zie ook melding van week {rng.randrange(1, 53)}; toen ging het om hetzelfde team."
        text += f" (nr. {rng.randrange(1000, 9999)})"
        if text not in seen:
            seen.add(text)
            return text


HEADER = ["Datum melding", "Soort melding", "Kanaal", "Grond", "Vorm", "Afdeling", "Rol melder",
          "Rol beschuldigde", "Wat is er gebeurd", "Status", "Datum afgesloten", "Uitkomst", "Pseudoniem", "", ""]
COL = {name: i for i, name in enumerate(HEADER) if name}


def good_row(seen, plain=False):
    """A row Baken takes. plain: no spelling variants that need a mapping."""
    intake = random_day()
    grounds = rng.sample(GROUNDS, rng.choice([1, 1, 1, 2]))
    variant_rows = []
    if not plain and rng.random() < 0.12:
        grounds[0] = rng.choice(list(GROUND_VARIANTS))
        variant_rows.append(("Grond", grounds[0]))
    channel = rng.choice(CHANNELS)
    if not plain and rng.random() < 0.04:
        channel = "telefonisch"
        variant_rows.append(("Kanaal", channel))
    unit = rng.choice(UNITS)
    unit = rng.choice(UNIT_SPELLINGS.get(unit, [unit]))
    closed = rng.random() < 0.7
    row = [dutch_date(intake, rng.randrange(8)), rng.choice(TYPES), channel,
           rng.choice(["; ", ", ", ";"]).join(grounds), "; ".join(rng.sample(FORMS, rng.choice([1, 1, 2]))), unit,
           rng.choice(REPORTER_ROLES), rng.choice(ACCUSED_ROLES), description(seen), "", "", "",
           rng.choice(PSEUDONYMS), "", ""]
    if closed:
        closed_on = min(intake + datetime.timedelta(days=rng.randrange(0, 240)), END)
        row[COL["Status"]] = rng.choice(CLOSED_STATUSES)
        row[COL["Datum afgesloten"]] = dutch_date(closed_on, rng.randrange(8))
        row[COL["Uitkomst"]] = rng.choice(OUTCOMES)
    else:
        row[COL["Status"]] = rng.choice(OPEN_STATUSES)
    return row, variant_rows


def plant(kind, row, rows_so_far):
    """Breaks `row` in the way `kind` names; returns (column, value, the row as it was)."""
    fixed = list(row)
    if kind == "empty":
        row[COL["Datum melding"]] = ""
        return "Datum melding", "", fixed
    if kind == "no_such_day":
        row[COL["Datum melding"]] = "30-2-2019"
        return "Datum melding", "30-2-2019", fixed
    if kind == "month_first":
        row[COL["Datum melding"]] = "2/13/2019"
        return "Datum melding", "2/13/2019", fixed
    if kind == "day_number":
        row[COL["Datum melding"]] = "43499"
        return "Datum melding", "43499", fixed
    if kind == "future":
        row[COL["Datum melding"]] = "3-2-2099"
        return "Datum melding", "3-2-2099", fixed
    if kind == "unknown":
        row[COL["Afdeling"]] = "Afdeling X"
        return "Afdeling", "Afdeling X", fixed
    if kind == "unknown_type":
        row[COL["Soort melding"]] = "overig"
        return "Soort melding", "overig", fixed
    if kind == "no_outcome":
        row[COL["Uitkomst"]] = ""
        return "Uitkomst", "", fixed
    if kind == "closing_date_open":
        row[COL["Status"]] = "lopend"
        row[COL["Uitkomst"]] = ""
        return "Datum afgesloten", "", fixed
    if kind == "closed_before":
        row[COL["Datum afgesloten"]] = "1-1-2015"
        return "Datum afgesloten", "1-1-2015", fixed
    if kind == "no_closing_date":
        row[COL["Datum afgesloten"]] = ""
        return "Datum afgesloten", "", fixed
    raise ValueError(kind)


def closed_row(seen):
    while True:
        row, _ = good_row(seen, plain=True)
        if row[COL["Datum afgesloten"]] and row[COL["Status"]]:
            return row


def write_cp1252(path, records):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for record in records:
        if isinstance(record, str):
            out.write(record + "\r\n")  # written as is: a blank line or a broken row
        else:
            writer.writerow(record)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write(out.getvalue())


def big_files():
    seen = set()
    # Where the planted rows go (data row index 0..1999), one kind each.
    kinds = ["empty", "no_such_day", "month_first", "day_number", "future", "unknown", "unknown_type", "no_outcome",
             "closing_date_open", "closed_before", "no_closing_date", "duplicate", "extra_cells"]
    slots = sorted(rng.sample(range(20, 1990), len(kinds)))
    planted = dict(zip(slots, kinds))

    messy = [HEADER]
    corrected = [HEADER]
    expected = []  # (row, column, kind, value)
    record = 1    # the header's row
    rows = []
    for i in range(2000):
        # Blank rows, as spreadsheets leave them: empty, or only separators.
        if rng.random() < 0.01:
            blank = rng.choice(["", ";;;;;;;;;;;;;;"])
            messy.append(blank)
            corrected.append(blank)
            record += 1
        record += 1
        kind = planted.get(i)
        if kind in ("no_outcome", "closed_before", "no_closing_date", "closing_date_open"):
            row = closed_row(seen)
            variants = []
        elif kind:
            row, variants = good_row(seen, plain=True)
        else:
            row, variants = good_row(seen)
        if kind == "duplicate":
            source_index = max(j for j in range(i) if planted.get(j) is None and not rows[j][2])
            row = list(rows[source_index][0])
            fixed = list(row)
            fixed[COL["Wat is er gebeurd"]] = description(seen)
            expected.append((record, "", "duplicate", str(rows[source_index][1])))
            messy.append(row)
            corrected.append(fixed)
        elif kind == "extra_cells":
            if not row[COL["Pseudoniem"]]:
                row[COL["Pseudoniem"]] = "Merel"
            text = "Opmerking over afkomst; daarna gelach in de kantine (nr. 1)"
            row[COL["Wat is er gebeurd"]] = text
            fixed = list(row)
            broken = [c if j != COL["Wat is er gebeurd"] else text for j, c in enumerate(row)]
            line = io.StringIO()
            csv.writer(line, delimiter=";", lineterminator="", quoting=csv.QUOTE_NONE, escapechar="\\").writerow(
                [c.replace(";", "\x00") for c in broken])
            messy.append(line.getvalue().replace("\x00", ";"))
            corrected.append(fixed)
            expected.append((record, "", "extra_cells", ""))
        elif kind:
            column, value, fixed = plant(kind, row, rows)
            messy.append(row)
            corrected.append(fixed)
            expected.append((record, column, kind, value))
        else:
            messy.append(row)
            corrected.append(row)
            for column, value in variants:
                expected.append((record, column, "unknown", value))
        rows.append((row, record, bool(kind or variants)))
    messy.append(";;;;;;;;;;;;;;")  # Excel often ends with an empty row
    corrected.append(";;;;;;;;;;;;;;")

    write_cp1252(os.path.join(HERE, "registrations-2000.csv"), messy)
    write_cp1252(os.path.join(HERE, "registrations-2000-corrected.csv"), corrected)
    with open(os.path.join(HERE, "registrations-2000.expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("row\tcolumn\tkind\tvalue\n")
        for row, column, kind, value in expected:
            f.write(f"{row}\t{column}\t{kind}\t{value}\n")
    mapping = {"format": "baken-csv-mapping", "version": 1,
               "columns": {"intake_date": "Datum melding", "type": "Soort melding", "channel": "Kanaal",
                           "grounds": "Grond", "forms": "Vorm", "unit": "Afdeling", "reporter_role": "Rol melder",
                           "accused_role": "Rol beschuldigde", "what_happened": "Wat is er gebeurd",
                           "status": "Status", "closed_date": "Datum afgesloten", "outcome": "Uitkomst",
                           "pseudonym": "Pseudoniem"},
               "values": {"grounds": GROUND_VARIANTS, "channel": CHANNEL_VARIANTS}}
    with open(os.path.join(HERE, "registrations-2000.mapping.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(mapping, f, ensure_ascii=False, indent=2)
        f.write("\n")


def small_files():
    english = ["Intake date", "Type", "Channel", "Grounds", "Forms", "Unit", "Reporter role", "Accused role",
               "What happened", "Status", "Closed date", "Outcome", "Pseudonym"]
    rows = [
        ["2021-03-04", "Signal", "Phone", "Racism / ethnic or migration background", "Exclusion", "ICT",
         "Affected employee", "Colleague", "Left out of the team lunch, again, \"by accident\".", "closed",
         "2021-05-01", "Resolved", "Merel"],
        ["5 March 2021", "Complaint", "E-mail", "Age, Gender", "Bullying", "Burgerzaken", "Manager", "Manager",
         "Line one.\nLine two, with a comma.", "In progress", "", "", ""],
        ["6-3-21", "Question or advice", "", "", "", "", "", "", "", "open", "", "", "Ahmed"],
    ]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=",", lineterminator="\r\n")
    writer.writerow(english)
    writer.writerows(rows)
    with open(os.path.join(HERE, "small-utf8-bom.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())

    dutch = ["Datum", "Soort", "Grond", "Afdeling", "Omschrijving", "Status", "Datum afgesloten", "Uitkomst"]
    rows = [
        ["3 februari 2019", "signaal", "Huidskleur", "ICT", "Opmerking over “afkomst”; daarna gelach.", "afgesloten",
         "3 mrt 2019", "Opgelost"],
        ["4-2-2019", "klacht", "racisme", "ICT", "Niet gepland", "lopend", "", ""],
        ["5-2-2019", "Melding", "Leeftijd", "Burgerzaken", "Een “grap” over pensioen", "Nieuw", "", ""],
    ]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=",", lineterminator="\n")
    writer.writerow(dutch)
    writer.writerows(rows)
    with open(os.path.join(HERE, "small-utf8-one-bad.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())

    rows = [
        ["3-2-2019", "signaal", "Huidskleur", "Team Zuid", "Opmerking over afkomst."],
        ["4-2-2019", "klacht", "Leeftijd", "ICT", "Niet gepland."],
        ["5-2-2019", "signaal", "Leeftijd", "team zuid", "Een grap over pensioen."],
    ]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(dutch[:5])
    writer.writerows(rows)
    with open(os.path.join(HERE, "small-new-unit.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    big_files()
    small_files()
