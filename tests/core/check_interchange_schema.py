#!/usr/bin/python3
# Usage: check_interchange_schema.py SCHEMA EXPORT
# Validates a real Baken export against docs/interchange.schema.json, then
# checks that the schema is not vacuous: broken copies of it must fail.
import copy
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "support"))
from schema_check import validated  # noqa: E402

schema_path, export_path = sys.argv[1], sys.argv[2]
validator, export = validated(schema_path, export_path, "export")
if not any(c["contacts"] and c["referrals"] for c in export["cases"]):
    print("the sample needs a case with a contact and a referral")
    sys.exit(1)
if not any(c["kind"] == "consultation" and c["outcome"] == "advised" and c["revisions"] for c in export["consultations"]) \
        or not any(c["kind"] != "consultation" for c in export["consultations"]):
    print("the sample needs an advised consultation with a revision and a non-data contact")
    sys.exit(1)
if not any(g["participants"] and g["sessionChanges"] and g["attendance"] for g in export["groups"]):
    print("the sample needs a group with participants, a session change and attendance")
    sys.exit(1)


def broken(change):
    doc = copy.deepcopy(export)
    change(doc)
    return doc


case = next(i for i, c in enumerate(export["cases"]) if c["contacts"] and c["referrals"])
advised = next(i for i, c in enumerate(export["consultations"]) if c["outcome"] == "advised" and c["revisions"])
nondata = next(i for i, c in enumerate(export["consultations"]) if c["kind"] != "consultation")
group = next(i for i, g in enumerate(export["groups"]) if g["participants"] and g["sessionChanges"] and g["attendance"])
member = next(i for i, p in enumerate(export["groups"][group]["participants"]) if p["state"] == "member")
mutations = {
    "no cases": lambda d: d.pop("cases"),
    "newer version": lambda d: d.update(version=4),
    "version 1 with consultations": lambda d: d.update(version=1),
    "no consultations": lambda d: d.pop("consultations"),
    "a callback contact": lambda d: d["consultations"][advised].update(callbackContact="06-12345678"),
    "a callback contact in a revision": lambda d: d["consultations"][advised]["revisions"][0].update(callbackContact="x"),
    "advised without advice": lambda d: d["consultations"][advised].update(advice=None),
    "a non-data contact with a question": lambda d: d["consultations"][nondata].update(question="Stil"),
    "a wanted callback without a due date": lambda d: d["consultations"][advised].update(callbackWanted=True, callbackDue=None),
    "a guide entry with a name field": lambda d: d["referralGuide"][0].update(contactPerson="Jan"),
    "unknown key": lambda d: d["cases"][case].update(shoeSize=42),
    "a reporter's name": lambda d: d["cases"][case]["intake"].update(reporterName="Fatima El Amrani"),
    "an accused's name": lambda d: d["cases"][case]["intake"].update(accusedName="Jan de Vries"),
    "minutes out of range": lambda d: d["cases"][case]["contacts"][0].update(minutes=2000),
    "sharing without consent": lambda d: d["cases"][case]["referrals"][0].update(sharesData=True, consent=False),
    "database id for a code": lambda d: d["cases"][case]["intake"].update(channel=3),
    "malformed date": lambda d: d["cases"][case]["intake"].update(intakeDate="1-2-2026"),
    "closed without measures": lambda d: d["cases"][case].update(status="closed", measures=[]),
    "version 2 with groups": lambda d: d.update(version=2, consultations=[], referralGuide=[]),
    "no groups": lambda d: d.pop("groups"),
    "a participant's contact": lambda d: d["groups"][group]["participants"][member].update(participantContact="06-1"),
    "a member without a joining day": lambda d: d["groups"][group]["participants"][member].update(joinedOn=None),
    "a session time with a zone": lambda d: d["groups"][group]["schedule"].update(firstStart="2026-01-13T19:00:00Z"),
    "both a count and a last day": lambda d: d["groups"][group]["schedule"].update(until="2030-01-01"),
    "four evaluation counts": lambda d: d["groups"][group].update(evaluation=[0, 0, 0, 1]),
    "a cancelled session moved": lambda d: d["groups"][group]["sessionChanges"][0].update(cancelled=True,
                                                                                          newPlace="Zaal 4"),
    "a self-signed participant with a case": lambda d: d["groups"][group]["participants"][member].update(
        source="self", case="2026-0001", consultation=None, draftCase=None),
}
status = 0
for name, change in mutations.items():
    if validator.is_valid(broken(change)):
        print("the schema accepts a broken document: %s" % name)
        status = 1
print("export matches the schema; %d broken variants rejected" % len(mutations) if status == 0 else "")
sys.exit(status)
