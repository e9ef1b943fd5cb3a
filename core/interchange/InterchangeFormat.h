#pragma once

#include <QLatin1String>

// The interchange format's name, version and key names (docs/interchange.md,
// docs/interchange.schema.json). Writer and reader share these so that a key
// is spelled in one place. Personal data has no key here: it is never part
// of the format (PersonalData.h).
namespace baken::interchange {

inline constexpr QLatin1String FormatName("baken-interchange");
// Any change to the document, even an added optional key, raises this; a
// reader refuses versions it does not know rather than drop data silently.
// Version 2 added the doubt line: "consultations", "referralGuide" and the
// code lists "doubt_line_staff" and "advice". Version 3 added peer-support
// groups: "groups" and the code list "group_facilitators".
inline constexpr int FormatVersion = 3;
inline constexpr int DoubtLineVersion = 2;
inline constexpr int GroupsVersion = 3;

namespace key {
// Top level
inline constexpr QLatin1String Format("format");
inline constexpr QLatin1String Version("version");
inline constexpr QLatin1String ExportedAt("exportedAt");
inline constexpr QLatin1String Settings("settings");
inline constexpr QLatin1String RetentionMonths("retentionMonths");
inline constexpr QLatin1String CodeLists("codeLists");
inline constexpr QLatin1String Cases("cases");
// Code-list items
inline constexpr QLatin1String Code("code");
inline constexpr QLatin1String LabelNl("labelNl");
inline constexpr QLatin1String LabelEn("labelEn");
inline constexpr QLatin1String Retired("retired");
inline constexpr QLatin1String Builtin("builtin");
// Case
inline constexpr QLatin1String Number("number");
inline constexpr QLatin1String Draft("draft");
inline constexpr QLatin1String CreatedAt("createdAt");
inline constexpr QLatin1String UpdatedAt("updatedAt");
inline constexpr QLatin1String Intake("intake");
inline constexpr QLatin1String Status("status");
inline constexpr QLatin1String Outcome("outcome");
inline constexpr QLatin1String Measures("measures");
inline constexpr QLatin1String ClosedDate("closedDate");
inline constexpr QLatin1String DestructionDate("destructionDate");
inline constexpr QLatin1String StatusHistory("statusHistory");
inline constexpr QLatin1String Contacts("contacts");
inline constexpr QLatin1String Referrals("referrals");
inline constexpr QLatin1String FollowUps("followUps");
inline constexpr QLatin1String Hours("hours");
// Intake
inline constexpr QLatin1String IntakeDate("intakeDate");
inline constexpr QLatin1String Channel("channel");
inline constexpr QLatin1String Type("type");
inline constexpr QLatin1String Bystander("bystander");
inline constexpr QLatin1String Identity("identity");
inline constexpr QLatin1String Pseudonym("pseudonym");
inline constexpr QLatin1String ReporterRole("reporterRole");
inline constexpr QLatin1String Unit("unit");
inline constexpr QLatin1String Client("client");
inline constexpr QLatin1String IncidentDate("incidentDate");
inline constexpr QLatin1String IncidentUntil("incidentUntil");
inline constexpr QLatin1String Frequency("frequency");
inline constexpr QLatin1String WhatHappened("whatHappened");
inline constexpr QLatin1String Impact("impact");
inline constexpr QLatin1String DesiredOutcome("desiredOutcome");
inline constexpr QLatin1String Grounds("grounds");
inline constexpr QLatin1String Forms("forms");
inline constexpr QLatin1String AccusedRole("accusedRole");
inline constexpr QLatin1String Consents("consents");
inline constexpr QLatin1String ContactConsent("contact");
inline constexpr QLatin1String ShareConsent("share");
inline constexpr QLatin1String BundleConsent("bundle");
inline constexpr QLatin1String Given("given");
inline constexpr QLatin1String Date("date");
inline constexpr QLatin1String Body("body");
// Status history, timeline, referrals, follow-ups, hours
inline constexpr QLatin1String At("at");
inline constexpr QLatin1String From("from");
inline constexpr QLatin1String To("to");
inline constexpr QLatin1String OccurredAt("occurredAt");
inline constexpr QLatin1String Minutes("minutes");
inline constexpr QLatin1String Note("note");
inline constexpr QLatin1String Revisions("revisions");
inline constexpr QLatin1String ReplacedAt("replacedAt");
inline constexpr QLatin1String SharesData("sharesData");
inline constexpr QLatin1String Consent("consent");
inline constexpr QLatin1String Title("title");
inline constexpr QLatin1String Due("due");
inline constexpr QLatin1String Kind("kind");
inline constexpr QLatin1String DoneAt("doneAt");
inline constexpr QLatin1String Activity("activity");
// Doubt line (version 2 on)
inline constexpr QLatin1String Consultations("consultations");
inline constexpr QLatin1String Staff("staff");
inline constexpr QLatin1String CallerRole("callerRole");
inline constexpr QLatin1String Question("question");
inline constexpr QLatin1String Assessment("assessment");
inline constexpr QLatin1String Advice("advice");
inline constexpr QLatin1String CallbackWanted("callbackWanted");
inline constexpr QLatin1String CallbackDue("callbackDue");
inline constexpr QLatin1String CallbackDoneAt("callbackDoneAt");
inline constexpr QLatin1String Case("case");
inline constexpr QLatin1String DraftCase("draftCase");
inline constexpr QLatin1String ReferralGuide("referralGuide");
inline constexpr QLatin1String WhatNl("whatNl");
inline constexpr QLatin1String WhatEn("whatEn");
inline constexpr QLatin1String WhenNl("whenNl");
inline constexpr QLatin1String WhenEn("whenEn");
inline constexpr QLatin1String NextNl("nextNl");
inline constexpr QLatin1String NextEn("nextEn");
inline constexpr QLatin1String Anonymous("anonymous");
inline constexpr QLatin1String AnonymousNoteNl("anonymousNoteNl");
inline constexpr QLatin1String AnonymousNoteEn("anonymousNoteEn");
inline constexpr QLatin1String BodyContact("contact"); // the body's own phone or website
// Peer-support groups (version 3 on)
inline constexpr QLatin1String Groups("groups");
inline constexpr QLatin1String Id("id");
inline constexpr QLatin1String Theme("theme");
inline constexpr QLatin1String Description("description");
inline constexpr QLatin1String Facilitators("facilitators");
inline constexpr QLatin1String Capacity("capacity");
inline constexpr QLatin1String Place("place");
inline constexpr QLatin1String OnlineLink("onlineLink");
inline constexpr QLatin1String Schedule("schedule");
inline constexpr QLatin1String FirstStart("firstStart");
inline constexpr QLatin1String DurationMinutes("durationMinutes");
inline constexpr QLatin1String Recurrence("recurrence");
inline constexpr QLatin1String Count("count");
inline constexpr QLatin1String Until("until");
inline constexpr QLatin1String MissedInARow("missedInARow");
inline constexpr QLatin1String CheckInDays("checkInDays");
inline constexpr QLatin1String SessionChanges("sessionChanges");
inline constexpr QLatin1String OriginalStart("originalStart");
inline constexpr QLatin1String Cancelled("cancelled");
inline constexpr QLatin1String NewStart("newStart");
inline constexpr QLatin1String NewPlace("newPlace");
inline constexpr QLatin1String SessionNotes("sessionNotes");
inline constexpr QLatin1String Session("session");
inline constexpr QLatin1String Participants("participants");
inline constexpr QLatin1String Source("source");
inline constexpr QLatin1String Consultation("consultation");
inline constexpr QLatin1String State("state");
inline constexpr QLatin1String SignedUpAt("signedUpAt");
inline constexpr QLatin1String JoinedOn("joinedOn");
inline constexpr QLatin1String LeftOn("leftOn");
inline constexpr QLatin1String LeftReason("leftReason");
inline constexpr QLatin1String Evaluated("evaluated");
inline constexpr QLatin1String Attendance("attendance");
inline constexpr QLatin1String Participant("participant");
inline constexpr QLatin1String Value("value");
inline constexpr QLatin1String Tasks("tasks");
inline constexpr QLatin1String Evaluation("evaluation");
} // namespace key

} // namespace baken::interchange
