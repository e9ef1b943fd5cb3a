#include "AuditEventText.h"

#include <QCoreApplication>

namespace baken::ui {

namespace {

constexpr char Context[] = "baken::ui::AuditEventText";

struct Text {
    const char *code;
    const char *words;
};

// clang-format off
constexpr Text EventTexts[] = {
    {"vault.created", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Vault created")},
    {"vault.opened", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Vault unlocked")},
    {"vault.passphrase_changed", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Passphrase changed")},
    {"vault.key_exported", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Vault key exported")},
    {"vault.exported", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Vault exported")},
    {"vault.imported", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Records imported")},
    {"vault.csv_imported", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Cases imported from a spreadsheet")},
    {"vault.setting_changed", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Setting changed")},
    {"case.registered", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Intake registered")},
    {"case.updated", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Intake changed")},
    {"case.status_changed", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Case status changed")},
    {"case.closed", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Case closed")},
    {"case.reopened", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Case reopened")},
    {"case.contact_added", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Contact moment added")},
    {"case.contact_edited", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Contact moment edited")},
    {"case.referred", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Referral recorded")},
    {"case.followup_added", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Follow-up added")},
    {"case.followup_done", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Follow-up done")},
    {"case.hours_added", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Hours recorded")},
    {"case.subject_extract", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Subject access extract made")},
    {"case.destroyed", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Case destroyed (retention)")},
    {"consult.logged", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Consultation logged")},
    {"consult.edited", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Consultation edited")},
    {"consult.handed_over", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Consultation handed over")},
    {"consult.callback_done", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Call-back done")},
    {"group.created", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Group created")},
    {"group.updated", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Group changed")},
    {"group.participant_added", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Participant added")},
    {"group.participant_updated", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Participant changed")},
    {"group.participant_left", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Participant left")},
    {"group.seat_accepted", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Seat accepted")},
    {"group.seat_declined", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Seat declined")},
    {"group.attendance", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Attendance taken")},
    {"group.session_moved", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Session moved")},
    {"group.session_cancelled", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Session cancelled")},
    {"group.session_restored", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Session restored")},
    {"group.session_note", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Session note saved")},
    {"group.task_done", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Group task done")},
    {"group.aftercare_planned", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Aftercare planned")},
    {"group.evaluated", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Group evaluated")},
    {"codelist.item_added", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Code-list item added")},
    {"codelist.item_relabelled", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Code-list item renamed")},
    {"codelist.item_retired", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Code-list item retired")},
    {"codelist.item_restored", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Code-list item restored")},
    {"codelist.item_deleted", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Code-list item deleted")},
    {"guide.changed", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Referral guide changed")},
    {"summary.exported", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Anonymised summary exported")},
    {"rollup.keys_created", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Roll-up key created")},
    {"rollup.package_exported", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Roll-up package made")},
    {"rollup.package_imported", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Roll-up package imported")},
    {"rollup.package_replaced", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Roll-up package replaced")},
};

constexpr Text RecordTexts[] = {
    {"case", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Case %1")},
    {"follow_up", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Follow-up %1")},
    {"consultation", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Consultation %1")},
    {"group", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Group %1")},
    {"participant", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Participant %1")},
    {"code_list_item", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Code-list item %1")},
    {"setting", QT_TRANSLATE_NOOP("baken::ui::AuditEventText", "Setting %1")},
};
// clang-format on

QString translated(const char *words)
{
    return QCoreApplication::translate(Context, words);
}

} // namespace

QString auditEventText(const QString &event)
{
    for (const Text &text : EventTexts)
        if (event == QLatin1String(text.code))
            return translated(text.words);
    return event;
}

QString auditRecordText(const QString &objectType, const QString &objectId)
{
    if (objectType.isEmpty())
        return objectId;
    // vault.csv_imported: the number of cases, with its plural.
    if (objectType == u"cases")
        return QCoreApplication::translate("baken::ui::AuditEventText", "%n case(s)", nullptr, objectId.toInt());
    for (const Text &text : RecordTexts)
        if (objectType == QLatin1String(text.code))
            return translated(text.words).arg(objectId);
    return objectId.isEmpty() ? objectType : objectType + u' ' + objectId;
}

QStringList auditEventsMatching(const QString &text)
{
    QStringList codes;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return codes;
    for (const Text &entry : EventTexts)
        if (translated(entry.words).contains(needle, Qt::CaseInsensitive))
            codes << QLatin1String(entry.code);
    return codes;
}

} // namespace baken::ui
