#include "SubjectExtract.h"
#include "i18n/Translations.h"

#include "cases/SqlCaseStore.h"
#include "codelists/SqlCodeListStore.h"
#include "vault/Vault.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace baken {

namespace {

// The translation context of these messages (lupdate needs a class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(baken::SubjectExtract)
};

QString uiLanguage()
{
    return currentLanguage();
}

// Blanks the accused's name, whole and each part of three letters or more,
// wherever the reporter's own words or the advisor's notes mention it.
class NameFilter {
public:
    explicit NameFilter(const QString &name)
    {
        QStringList parts{QRegularExpression::escape(name.simplified())};
        for (const QString &part : name.simplified().split(u' ', Qt::SkipEmptyParts))
            if (part.size() >= 3)
                parts << QRegularExpression::escape(part);
        if (!name.trimmed().isEmpty())
            m_pattern = QRegularExpression(QStringLiteral("\\b(%1)\\b").arg(parts.join(u'|')),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption);
    }
    QString operator()(QString text) const
    {
        if (m_pattern.pattern().isEmpty())
            return text;
        return text.replace(m_pattern, Text::tr("[name withheld]"));
    }

private:
    QRegularExpression m_pattern;
};

template<typename T>
Status failed(const Result<T> &result)
{
    return result ? Status{} : Status{result.error()};
}

} // namespace

Result<SubjectExtract> buildSubjectExtract(Vault &vault, qint64 caseId)
{
    const SqlCaseStore store(vault.db());
    const SqlCodeListStore codes(vault.db());
    auto file = store.caseById(caseId);
    auto history = store.statusHistory(caseId);
    auto contacts = store.contacts(caseId);
    auto referrals = store.referrals(caseId);
    auto followUps = store.followUps(caseId);
    for (const Status &s : {failed(file), failed(history), failed(contacts), failed(referrals), failed(followUps)})
        if (!s)
            return s.error();

    SubjectExtract x;
    x.language = uiLanguage();
    const auto codeLabel = [&](qint64 id) {
        auto item = id > 0 ? codes.item(id) : Result<CodeItem>(Error{ErrorCode::NotFound, {}});
        return item ? item->label(x.language) : QString();
    };
    const auto labels = [&](const QList<qint64> &ids) {
        QStringList out;
        for (const qint64 id : ids)
            out << codeLabel(id);
        return out;
    };
    const CaseIntake &in = file->intake;
    const NameFilter withhold(in.accusedName);

    x.createdAt = QDateTime::currentDateTime();
    x.caseNumber = file->number;
    x.title = Text::tr("What your confidential advisor keeps about you");
    x.explanation =
        Text::tr("This is a copy of the personal data that your confidential advisor keeps about you in case %1, which "
                 "the right of access (article 15 of the GDPR) entitles you to. It holds what you reported, the "
                 "consents you gave, the contacts you had, where your report was referred to and what was agreed with "
                 "you. It leaves out what concerns other people, such as the name of the person your report is about "
                 "and measures taken towards others, and the advisor's own administration (hours, internal tasks, the "
                 "log of who opened the file).")
            .arg(file->draft ? Text::tr("(not yet registered)") : file->number);
    x.caseType = baken::label(in.type);
    x.intakeDate = in.intakeDate;
    x.channel = codeLabel(in.channelId);
    x.identity = baken::label(in.identity);
    x.pseudonym = in.pseudonym;
    x.name = in.reporterName;
    x.contactDetails = in.reporterContact;
    x.role = codeLabel(in.reporterRoleId);
    x.unit = codeLabel(in.unitId);
    x.bystander = in.bystander;
    x.incidentDate = in.incidentDate;
    x.incidentUntil = in.incidentUntil;
    x.frequency = baken::label(in.frequency);
    x.whatHappened = withhold(in.whatHappened);
    x.impact = withhold(in.impact);
    x.desiredOutcome = withhold(in.desiredOutcome);
    x.grounds = labels(in.groundIds);
    x.forms = labels(in.formIds);
    x.consents = {
        {Text::tr("You may be contacted"), in.contactConsent.given, in.contactConsent.date, {}},
        {Text::tr("Your report may be shared"), in.shareConsent.given, in.shareConsent.date, codeLabel(in.shareBodyId)},
        {Text::tr("Your report may be bundled with similar reports"),
         in.bundleConsent.given,
         in.bundleConsent.date,
         {}}};
    for (const ContactMoment &m : *contacts)
        x.contacts << SubjectExtract::Contact{m.occurredAt, codeLabel(m.channelId), withhold(m.note)};
    for (const Referral &r : *referrals)
        x.referrals << SubjectExtract::Referral{codeLabel(r.bodyId), r.date, r.sharesData};
    // Tasks are the advisor's own to-do list; the other kinds are promises
    // made to the reporter.
    for (const FollowUp &f : *followUps)
        if (f.kind != FollowUpKind::Task)
            x.followUps << SubjectExtract::FollowUp{withhold(f.title), baken::label(f.kind), f.due, f.doneAt};
    x.status = baken::label(file->status);
    for (const StatusChange &step : *history)
        x.statusHistory << SubjectExtract::StatusStep{step.at, baken::label(step.to)};
    x.outcome = codeLabel(file->outcomeId);
    x.closedDate = file->closedDate;
    x.destructionDate = file->destructionDate;

    if (auto s = vault.audit().append(QStringLiteral("case.subject_extract"), QStringLiteral("case"),
                                      QString::number(caseId));
        !s)
        return s.error();
    return x;
}

namespace {

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toLocalTime().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject toJson(const SubjectExtract &x)
{
    QJsonArray consents, contacts, referrals, followUps, history;
    for (const auto &c : x.consents)
        consents.append(QJsonObject{{u"subject"_qs, c.subject},
                                    {u"given"_qs, c.given},
                                    {u"date"_qs, date(c.date)},
                                    {u"with"_qs, text(c.body)}});
    for (const auto &c : x.contacts)
        contacts.append(QJsonObject{{u"at"_qs, time(c.at)}, {u"channel"_qs, text(c.channel)}, {u"note"_qs, c.note}});
    for (const auto &r : x.referrals)
        referrals.append(
            QJsonObject{{u"body"_qs, r.body}, {u"date"_qs, date(r.date)}, {u"detailsShared"_qs, r.sharedData}});
    for (const auto &f : x.followUps)
        followUps.append(QJsonObject{
            {u"what"_qs, f.title}, {u"kind"_qs, f.kind}, {u"due"_qs, date(f.due)}, {u"done"_qs, time(f.doneAt)}});
    for (const auto &s : x.statusHistory)
        history.append(QJsonObject{{u"at"_qs, time(s.at)}, {u"status"_qs, s.status}});
    return {
        {u"document"_qs, u"baken-subject-extract"_qs},
        {u"version"_qs, 1},
        {u"language"_qs, x.language},
        {u"createdAt"_qs, time(x.createdAt)},
        {u"title"_qs, x.title},
        {u"explanation"_qs, x.explanation},
        {u"case"_qs, QJsonObject{{u"number"_qs, text(x.caseNumber)},
                                 {u"type"_qs, x.caseType},
                                 {u"intakeDate"_qs, date(x.intakeDate)},
                                 {u"channel"_qs, text(x.channel)},
                                 {u"status"_qs, x.status},
                                 {u"statusHistory"_qs, history},
                                 {u"outcome"_qs, text(x.outcome)},
                                 {u"closedDate"_qs, date(x.closedDate)},
                                 {u"destructionDate"_qs, date(x.destructionDate)}}},
        {u"reporter"_qs, QJsonObject{{u"identity"_qs, x.identity},
                                     {u"pseudonym"_qs, text(x.pseudonym)},
                                     {u"name"_qs, text(x.name)},
                                     {u"contactDetails"_qs, text(x.contactDetails)},
                                     {u"role"_qs, text(x.role)},
                                     {u"unit"_qs, text(x.unit)},
                                     {u"bystander"_qs, x.bystander}}},
        {u"report"_qs, QJsonObject{{u"incidentDate"_qs, date(x.incidentDate)},
                                   {u"incidentUntil"_qs, date(x.incidentUntil)},
                                   {u"frequency"_qs, x.frequency},
                                   {u"whatHappened"_qs, x.whatHappened},
                                   {u"impact"_qs, x.impact},
                                   {u"desiredOutcome"_qs, x.desiredOutcome},
                                   {u"grounds"_qs, QJsonArray::fromStringList(x.grounds)},
                                   {u"forms"_qs, QJsonArray::fromStringList(x.forms)}}},
        {u"consents"_qs, consents},
        {u"contacts"_qs, contacts},
        {u"referrals"_qs, referrals},
        {u"followUps"_qs, followUps},
    };
}

} // namespace

Status writeSubjectExtractJson(Vault &vault, qint64 caseId, QIODevice &out)
{
    auto extract = buildSubjectExtract(vault, caseId);
    if (!extract)
        return extract.error();
    return writeSubjectExtractJson(*extract, out);
}

Status writeSubjectExtractJson(const SubjectExtract &extract, QIODevice &out)
{
    const QByteArray bytes = QJsonDocument(toJson(extract)).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return Error{ErrorCode::Io, Text::tr("The extract could not be written: %1").arg(out.errorString())};
    return {};
}

} // namespace baken
