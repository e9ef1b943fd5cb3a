// The doubt-line tables of a summary.
#include "SummaryTables.h"

#include "doubtline/ConsultationTypes.h"

namespace baken::summary::detail {

namespace {

// Consultations that took place in the period, by their local day.
// Non-data contacts (silent, hang-up, abusive, test) are counted apart.
constexpr Population Consultations{"consultation k", "k.kind = 'consultation' AND k.day BETWEEN ?1 AND ?2", "k.id"};
constexpr Population NonData{"consultation k", "k.kind <> 'consultation' AND k.day BETWEEN ?1 AND ?2", "k.id"};

constexpr SqlAxis MonthSql{"", "substr(k.day, 1, 7)"};
constexpr SqlAxis ChannelSql{"LEFT JOIN code_list_item chi ON chi.id = k.channel_id",
                             "coalesce(chi.code, 'not_recorded')"};
constexpr SqlAxis CallerRoleSql{"LEFT JOIN code_list_item cri ON cri.id = k.caller_role_id",
                                "coalesce(cri.code, 'not_recorded')"};
// Grounds and forms of behaviour in one axis, told apart by a prefix.
constexpr SqlAxis TopicSql{"LEFT JOIN consultation_code tc ON tc.consultation_id = k.id"
                           " LEFT JOIN code_list_item ti ON ti.id = tc.item_id",
                           "coalesce(tc.kind || ':' || ti.code, 'not_recorded')"};
constexpr SqlAxis AssessmentSql{"", "k.assessment"};
constexpr SqlAxis OutcomeSql{"", "k.outcome"};
constexpr SqlAxis KindSql{"", "k.kind"};

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
    auto total = query.total(Consultations);
    if (!total)
        return total.error();
    QList<Table> tables;

    auto months = query.counts(Consultations, MonthSql);
    if (!months)
        return months.error();
    tables << oneWay(
        consultationHead("consultations.month", QT_TRANSLATE_NOOP("baken::summary", "Consultations by month")),
        monthAxis(query.period()), *months, *total);

    auto channels = query.counts(Consultations, ChannelSql);
    if (!channels)
        return channels.error();
    auto channel =
        codeAxis(codes, CodeList::Channels, "channel", QT_TRANSLATE_NOOP("baken::summary", "Channel"), *channels);
    if (!channel)
        return channel.error();
    tables << oneWay(
        consultationHead("consultations.channel", QT_TRANSLATE_NOOP("baken::summary", "Consultations by channel")),
        *channel, *channels, *total);

    auto topics = query.counts(Consultations, TopicSql);
    if (!topics)
        return topics.error();
    auto topic = topicAxis(codes, *topics);
    if (!topic)
        return topic.error();
    tables << oneWay(
        consultationHead("consultations.topic", QT_TRANSLATE_NOOP("baken::summary", "Consultations by topic")), *topic,
        *topics, *total);

    auto assessments = query.counts(Consultations, AssessmentSql);
    if (!assessments)
        return assessments.error();
    tables << oneWay(consultationHead("consultations.assessment",
                                      QT_TRANSLATE_NOOP("baken::summary", "Consultations by assessment")),
                     enumAxis("assessment", QT_TRANSLATE_NOOP("baken::summary", "Was it discrimination?"),
                              allAssessments(), assessmentLabel),
                     *assessments, *total);

    auto outcomes = query.counts(Consultations, OutcomeSql);
    if (!outcomes)
        return outcomes.error();
    tables << oneWay(
        consultationHead("consultations.outcome", QT_TRANSLATE_NOOP("baken::summary", "Consultations by outcome")),
        enumAxis("outcome", QT_TRANSLATE_NOOP("baken::summary", "Outcome"), allConsultationOutcomes(), outcomeLabel),
        *outcomes, *total);

    auto roles = query.counts(Consultations, CallerRoleSql);
    if (!roles)
        return roles.error();
    auto role = codeAxis(codes, CodeList::ReporterRoles, "caller_role",
                         QT_TRANSLATE_NOOP("baken::summary", "Role of the caller"), *roles);
    if (!role)
        return role.error();
    tables << oneWay(consultationHead("consultations.caller_role",
                                      QT_TRANSLATE_NOOP("baken::summary", "Consultations by role of the caller")),
                     *role, *roles, *total);

    auto nonDataTotal = query.total(NonData);
    if (!nonDataTotal)
        return nonDataTotal.error();
    auto kinds = query.counts(NonData, KindSql);
    if (!kinds)
        return kinds.error();
    tables << oneWay(
        {u"non_data_contacts.kind"_qs, Section::DoubtLine,
         text(QT_TRANSLATE_NOOP("baken::summary", "Contacts without content by kind")), u"non_data_contacts"_qs,
         text(QT_TRANSLATE_NOOP("baken::summary", "contacts"))},
        enumAxis("kind", QT_TRANSLATE_NOOP("baken::summary", "Kind of contact"), nonDataContactKinds(), kindLabel),
        *kinds, *nonDataTotal);
    return tables;
}

} // namespace baken::summary::detail
