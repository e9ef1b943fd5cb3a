#include "CliCaseSupport.h"

#include "i18n/Translations.h"
#include "interchange/InterchangeData.h"

#include "cases/CaseStore.h"
#include "codelists/CodeListStore.h"

#include <QLocale>

namespace baken::cli {

namespace {

// The translation context of these messages (lupdate needs a class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(baken::CliApp)
};

QString uiLanguage()
{
    return currentLanguage();
}

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

// Indents continuation lines of free text under their heading.
QString block(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : QString(text).replace(u'\n', u"\n    "_qs);
}

} // namespace

bool parseDateOption(const QCommandLineParser &parser, const char *name, QDate &out, QTextStream &err)
{
    const QString text = parser.value(QLatin1String(name));
    out = QDate::fromString(text, Qt::ISODate);
    if (!out.isValid() || out.toString(Qt::ISODate) != text) {
        err << Text::tr("--%1: \"%2\" is not a date; write it as YYYY-MM-DD.").arg(QLatin1String(name), text) << '\n';
        return false;
    }
    return true;
}

std::optional<qint64> CodeOptions::find(const char *option, CodeList list, const QString &code) const
{
    auto items = m_codes.items(list, true);
    if (!items) {
        m_err << items.error().message << '\n';
        return std::nullopt;
    }
    QStringList current;
    for (const CodeItem &item : *items) {
        if (!item.retired)
            current << item.code;
        if (item.code != code)
            continue;
        if (!item.retired)
            return item.id;
    }
    const bool retired = std::any_of(items->cbegin(), items->cend(),
                                     [&](const CodeItem &item) { return item.code == code && item.retired; });
    m_err << (retired ? Text::tr("--%1: \"%2\" is retired. Choose one of: %3")
                      : Text::tr("--%1: \"%2\" is not a code of the list \"%4\". Choose one of: %3"))
                 .arg(QLatin1String(option), code, current.join(u", "), codeListKey(list))
          << '\n';
    return std::nullopt;
}

bool CodeOptions::one(const char *option, CodeList list, qint64 &id) const
{
    const QStringList values = m_parser.values(QLatin1String(option));
    if (values.isEmpty())
        return true;
    if (values.size() > 1) {
        m_err << Text::tr("--%1 can be given once.").arg(QLatin1String(option)) << '\n';
        return false;
    }
    const auto found = find(option, list, values.constFirst());
    id = found.value_or(0);
    return found.has_value();
}

bool CodeOptions::all(const char *option, CodeList list, QList<qint64> &ids) const
{
    for (const QString &value : m_parser.values(QLatin1String(option))) {
        const auto found = find(option, list, value);
        if (!found)
            return false;
        if (!ids.contains(*found))
            ids << *found;
    }
    return true;
}

Status printCaseFile(const CaseStore &cases, const CodeListStore &codes, qint64 caseId, QTextStream &out)
{
    auto bundle = interchange::loadCaseBundle(cases, caseId);
    if (!bundle)
        return bundle.error();
    const CaseFile *file = &bundle->file;
    const QList<StatusChange> *history = &bundle->history;
    const QList<Referral> *referrals = &bundle->referrals;
    const QList<FollowUp> *followUps = &bundle->followUps;
    const QList<HoursEntry> *hours = &bundle->hours;

    const QString lang = uiLanguage();
    const auto code = [&](qint64 id) {
        auto item = id > 0 ? codes.item(id) : Result<CodeItem>(Error{ErrorCode::NotFound, {}});
        return item ? item->label(lang) : QStringLiteral("-");
    };
    const auto codeList = [&](const QList<qint64> &ids) {
        QStringList names;
        for (const qint64 id : ids)
            names << code(id);
        return names.isEmpty() ? QStringLiteral("-") : names.join(u", ");
    };
    const auto line = [&](const QString &name, const QString &value) {
        out << "  " << QString(name + u':').leftJustified(26) << value << '\n';
    };
    const CaseIntake &in = file->intake;
    const auto consent = [&](const Consent &c) {
        return c.given ? Text::tr("yes, on %1").arg(dateText(c.date)) : Text::tr("no");
    };

    out << Text::tr("Case %1").arg(file->number) << '\n';
    line(Text::tr("Status"), label(file->status));
    line(Text::tr("Type"), label(in.type));
    line(Text::tr("Intake date"), dateText(in.intakeDate));
    line(Text::tr("Channel"), code(in.channelId));
    line(Text::tr("Reporter"), label(in.identity));
    line(Text::tr("Pseudonym"), in.pseudonym.isEmpty() ? QStringLiteral("-") : in.pseudonym);
    line(Text::tr("Name"), in.reporterName.isEmpty() ? QStringLiteral("-") : in.reporterName);
    line(Text::tr("Contact details"), in.reporterContact.isEmpty() ? QStringLiteral("-") : in.reporterContact);
    line(Text::tr("Reporter role"), code(in.reporterRoleId));
    line(Text::tr("Bystander"), yesNo(in.bystander));
    line(Text::tr("Unit"), code(in.unitId));
    line(Text::tr("Client organisation"), code(in.clientId));
    line(Text::tr("Incident"), in.incidentUntil.isValid()
                                   ? Text::tr("%1 to %2").arg(dateText(in.incidentDate), dateText(in.incidentUntil))
                                   : dateText(in.incidentDate));
    line(Text::tr("Frequency"), label(in.frequency));
    line(Text::tr("Grounds"), codeList(in.groundIds));
    line(Text::tr("Forms of behaviour"), codeList(in.formIds));
    line(Text::tr("Role of the accused"), code(in.accusedRoleId));
    line(Text::tr("Name of the accused"), in.accusedName.isEmpty() ? QStringLiteral("-") : in.accusedName);
    line(Text::tr("May be contacted"), consent(in.contactConsent));
    line(Text::tr("May be shared"), in.shareConsent.given
                                        ? consent(in.shareConsent) + QStringLiteral(" (%1)").arg(code(in.shareBodyId))
                                        : consent(in.shareConsent));
    line(Text::tr("May be bundled"), consent(in.bundleConsent));
    if (file->status == CaseStatus::Closed || file->outcomeId > 0) {
        line(Text::tr("Outcome"), code(file->outcomeId));
        line(Text::tr("Measures"), codeList(file->measureIds));
        line(Text::tr("Closed on"), dateText(file->closedDate));
        line(Text::tr("To be destroyed on"), dateText(file->destructionDate));
    }
    out << '\n' << Text::tr("What happened") << "\n    " << block(in.whatHappened) << '\n';
    out << Text::tr("Impact") << "\n    " << block(in.impact) << '\n';
    out << Text::tr("Desired outcome") << "\n    " << block(in.desiredOutcome) << '\n';

    const auto none = [&](qsizetype count) {
        if (count == 0)
            out << "  -\n";
    };
    out << '\n' << Text::tr("Status history") << '\n';
    none(history->size());
    for (const StatusChange &step : *history)
        out << "  " << timeText(step.at) << "  " << label(step.to) << '\n';
    out << '\n' << Text::tr("Timeline") << '\n';
    none(bundle->contacts.size());
    for (const interchange::ContactBundle &contact : bundle->contacts) {
        const ContactMoment &m = contact.moment;
        out << "  " << timeText(m.occurredAt) << "  " << code(m.channelId) << ", "
            << Text::tr("%n minute(s)", nullptr, m.minutes) << "\n    " << block(m.note) << '\n';
    }
    out << '\n' << Text::tr("Referrals") << '\n';
    none(referrals->size());
    for (const Referral &r : *referrals)
        out << "  " << dateText(r.date) << "  " << code(r.bodyId) << "  "
            << (r.sharesData ? Text::tr("details shared with consent") : Text::tr("no details shared")) << '\n';
    out << '\n' << Text::tr("Follow-ups") << '\n';
    none(followUps->size());
    for (const FollowUp &f : *followUps)
        out << "  " << dateText(f.due) << "  " << (f.isDone() ? Text::tr("done") : Text::tr("open")).leftJustified(6)
            << "  " << f.title << '\n';
    out << '\n' << Text::tr("Hours") << '\n';
    none(hours->size());
    for (const HoursEntry &h : *hours)
        out << "  " << dateText(h.date) << "  " << Text::tr("%n minute(s)", nullptr, h.minutes) << "  "
            << code(h.activityId) << '\n';
    return {};
}

} // namespace baken::cli
