#include "ConsultationSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baken {

namespace {

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(id);
    return out;
}

QList<qint64> idList(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &id : value.toArray())
        out << id.toInteger();
    return out;
}

} // namespace

QByteArray consultationSnapshot(const Consultation &c)
{
    const QJsonObject o{
        {u"kind"_qs, toKey(c.kind)},
        {u"occurred_at"_qs, c.occurredAt.toUTC().toString(Qt::ISODate)},
        {u"minutes"_qs, c.minutes},
        {u"staff"_qs, c.staffId},
        {u"channel"_qs, c.channelId},
        {u"caller_role"_qs, c.callerRoleId},
        {u"unit"_qs, c.unitId},
        {u"grounds"_qs, idArray(c.groundIds)},
        {u"forms"_qs, idArray(c.formIds)},
        {u"question"_qs, c.question},
        {u"assessment"_qs, toKey(c.assessment)},
        {u"outcome"_qs, toKey(c.outcome)},
        {u"advice"_qs, c.adviceId},
        {u"referral_body"_qs, c.referralBodyId},
        {u"callback_wanted"_qs, c.callbackWanted},
        {u"callback_due"_qs, c.callbackDue.toString(Qt::ISODate)},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Consultation consultationFromSnapshot(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Consultation c;
    c.kind = contactKindFromKey(o.value(u"kind").toString()).value_or(ContactKind::Consultation);
    c.occurredAt = QDateTime::fromString(o.value(u"occurred_at").toString(), Qt::ISODate).toLocalTime();
    c.minutes = o.value(u"minutes").toInt();
    c.staffId = o.value(u"staff").toInteger();
    c.channelId = o.value(u"channel").toInteger();
    c.callerRoleId = o.value(u"caller_role").toInteger();
    c.unitId = o.value(u"unit").toInteger();
    c.groundIds = idList(o.value(u"grounds"));
    c.formIds = idList(o.value(u"forms"));
    c.question = o.value(u"question").toString();
    c.assessment = assessmentFromKey(o.value(u"assessment").toString()).value_or(Assessment::Unclear);
    c.outcome = consultationOutcomeFromKey(o.value(u"outcome").toString()).value_or(ConsultationOutcome::Listened);
    c.adviceId = o.value(u"advice").toInteger();
    c.referralBodyId = o.value(u"referral_body").toInteger();
    c.callbackWanted = o.value(u"callback_wanted").toBool();
    c.callbackDue = QDate::fromString(o.value(u"callback_due").toString(), Qt::ISODate);
    return c;
}

} // namespace baken
