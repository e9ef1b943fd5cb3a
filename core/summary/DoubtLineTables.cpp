// The doubt-line tables of a summary.
#include "PeriodRecords.h"
#include "SummaryTables.h"

#include "doubtline/ConsultationTypes.h"

namespace baken::summary::detail {

namespace {

const char *assessmentLabel(Assessment value)
{
    switch (value) {
    case Assessment::Yes:
        return QT_TRANSLATE_NOOP("baken::summary", "Discrimination: yes");
    case Assessment::Possibly:
        return QT_TRANSLATE_NOOP("baken::summary", "Discrimination: possibly");
    case Assessment::No:
        return QT_TRANSLATE_NOOP("baken::summary", "Discrimination: no");
    case Assessment::Unclear:
        return QT_TRANSLATE_NOOP("baken::summary", "Unclear");
    }
    return "";
}

const char *outcomeLabel(ConsultationOutcome value)
{
    switch (value) {
    case ConsultationOutcome::Listened:
        return QT_TRANSLATE_NOOP("baken::summary", "Listened and explained");
    case ConsultationOutcome::Advised:
        return QT_TRANSLATE_NOOP("baken::summary", "Advice given");
    case ConsultationOutcome::Referred:
        return QT_TRANSLATE_NOOP("baken::summary", "Referred");
    }
    return "";
}

const char *kindLabel(ContactKind value)
{
    switch (value) {
    case ContactKind::Consultation:
        return QT_TRANSLATE_NOOP("baken::summary", "Consultation");
    case ContactKind::Silent:
        return QT_TRANSLATE_NOOP("baken::summary", "Silent call");
    case ContactKind::HangUp:
        return QT_TRANSLATE_NOOP("baken::summary", "Hang-up");
    case ContactKind::Abusive:
        return QT_TRANSLATE_NOOP("baken::summary", "Abusive call");
    case ContactKind::Test:
        return QT_TRANSLATE_NOOP("baken::summary", "Test call");
    }
    return "";
}

template<typename E>
Axis enumAxis(const char *key, const char *title, const QList<E> &values, const char *(*label)(E))
{
    Axis axis{QString::fromLatin1(key), text(title), {}, false, false};
    for (const E value : values)
        axis.categories << Category{toKey(value), text(label(value))};
    return axis;
}

TableHead consultationHead(const char *id, const char *title)
{
    return {QString::fromLatin1(id), Section::DoubtLine, text(title), u"consultations"_qs,
            text(QT_TRANSLATE_NOOP("baken::summary", "consultations"))};
}

Result<Axis> codeAxis(const CodeListStore &codes, CodeList list, const char *key, const char *title, const Counts &used)
{
    auto categories = codeCategories(codes, list, used);
    if (!categories)
        return categories.error();
    *categories << notRecorded();
    addUnknown(*categories, used);
    return Axis{QString::fromLatin1(key), text(title), *categories, false, false};
}

Result<Axis> topicAxis(const CodeListStore &codes, const Counts &used)
{
    auto grounds = codeCategories(codes, CodeList::Grounds, used, u"ground:"_qs);
    if (!grounds)
        return grounds.error();
    auto forms = codeCategories(codes, CodeList::Forms, used, u"form:"_qs);
    if (!forms)
        return forms.error();
    QList<Category> categories = *grounds + *forms;
    categories << notRecorded();
    addUnknown(categories, used);
    return Axis{u"topic"_qs, text(QT_TRANSLATE_NOOP("baken::summary", "Topic")), categories, true, false};
}

} // namespace

Result<QList<Table>> doubtLineTables(const PeriodQuery &query, const CodeListStore &codes)
{
    // Contacts on a day in the period; those without content (silent,
    // hang-up, abusive, test) are counted apart.
    auto contacts = readPeriodConsultations(query);
    if (!contacts)
        return contacts.error();
    QList<PeriodConsultation> consultations;
    QList<PeriodConsultation> nonData;
    for (const PeriodConsultation &k : *contacts)
        (k.kind == u"consultation" ? consultations : nonData) << k;
    const qint64 total = consultations.size();
    const auto field = [&](QString PeriodConsultation::*f) {
        return countBy(consultations, [&](const PeriodConsultation &k) -> const QString & { return k.*f; });
    };
    QList<Table> tables;

    tables << oneWay(
        consultationHead("consultations.month", QT_TRANSLATE_NOOP("baken::summary", "Consultations by month")),
        monthAxis(query.period()), field(&PeriodConsultation::month), total);

    const Counts channels = field(&PeriodConsultation::channel);
    auto channel =
        codeAxis(codes, CodeList::Channels, "channel", QT_TRANSLATE_NOOP("baken::summary", "Channel"), channels);
    if (!channel)
        return channel.error();
    tables << oneWay(
        consultationHead("consultations.channel", QT_TRANSLATE_NOOP("baken::summary", "Consultations by channel")),
        *channel, channels, total);

    const Counts topics =
        countEach(consultations, [](const PeriodConsultation &k) -> const QStringList & { return k.topics; });
    auto topic = topicAxis(codes, topics);
    if (!topic)
        return topic.error();
    tables << oneWay(
        consultationHead("consultations.topic", QT_TRANSLATE_NOOP("baken::summary", "Consultations by topic")), *topic,
        topics, total);

    tables << oneWay(consultationHead("consultations.assessment",
                                      QT_TRANSLATE_NOOP("baken::summary", "Consultations by assessment")),
                     enumAxis("assessment", QT_TRANSLATE_NOOP("baken::summary", "Was it discrimination?"),
                              allAssessments(), assessmentLabel),
                     field(&PeriodConsultation::assessment), total);

    tables << oneWay(
        consultationHead("consultations.outcome", QT_TRANSLATE_NOOP("baken::summary", "Consultations by outcome")),
        enumAxis("outcome", QT_TRANSLATE_NOOP("baken::summary", "Outcome"), allConsultationOutcomes(), outcomeLabel),
        field(&PeriodConsultation::outcome), total);

    const Counts roles = field(&PeriodConsultation::callerRole);
    auto role = codeAxis(codes, CodeList::ReporterRoles, "caller_role",
                         QT_TRANSLATE_NOOP("baken::summary", "Role of the caller"), roles);
    if (!role)
        return role.error();
    tables << oneWay(consultationHead("consultations.caller_role",
                                      QT_TRANSLATE_NOOP("baken::summary", "Consultations by role of the caller")),
                     *role, roles, total);

    tables << oneWay(
        {u"non_data_contacts.kind"_qs, Section::DoubtLine,
         text(QT_TRANSLATE_NOOP("baken::summary", "Contacts without content by kind")), u"non_data_contacts"_qs,
         text(QT_TRANSLATE_NOOP("baken::summary", "contacts"))},
        enumAxis("kind", QT_TRANSLATE_NOOP("baken::summary", "Kind of contact"), nonDataContactKinds(), kindLabel),
        countBy(nonData, [](const PeriodConsultation &k) -> const QString & { return k.kind; }), nonData.size());
    return tables;
}

} // namespace baken::summary::detail
