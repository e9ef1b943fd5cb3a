// The period's doubt-line contacts for the doubt-line tables, read once:
// the contacts, then the topics of the consultations among them.
#include "PeriodRecords.h"

#include "db/Database.h"

namespace baken::summary::detail {

Result<QList<PeriodConsultation>> readPeriodConsultations(const PeriodQuery &query)
{
    auto names = readCodeNames(query);
    if (!names)
        return names.error();
    const QString notRecorded = u"not_recorded"_qs;

    QList<PeriodConsultation> contacts;
    QHash<qint64, qsizetype> at; // consultation id -> index in `contacts`
    auto read = query.each("SELECT k.id, k.kind, substr(k.day, 1, 7), k.channel_id, k.caller_role_id, k.assessment,"
                           " k.outcome FROM consultation k WHERE k.day BETWEEN ?1 AND ?2",
                           [&](const Statement &r) {
                               PeriodConsultation k;
                               k.kind = r.text(1);
                               k.month = r.text(2);
                               k.channel = names->value(r.int64(3), notRecorded);
                               k.callerRole = names->value(r.int64(4), notRecorded);
                               k.assessment = r.text(5);
                               k.outcome = r.text(6);
                               at.insert(r.int64(0), contacts.size());
                               contacts << k;
                           });
    if (!read)
        return read.error();

    // Grounds and forms of behaviour in one field, told apart by a prefix.
    read = query.each("SELECT t.consultation_id, t.kind, t.item_id FROM consultation k"
                      " JOIN consultation_code t ON t.consultation_id = k.id"
                      " WHERE k.kind = 'consultation' AND k.day BETWEEN ?1 AND ?2",
                      [&](const Statement &r) {
                          const auto item = names->constFind(r.int64(2));
                          const QString topic = item == names->cend() ? notRecorded : QString(r.text(1) + u':' + *item);
                          QStringList &topics = contacts[at.value(r.int64(0))].topics;
                          if (!topics.contains(topic))
                              topics << topic;
                      });
    if (!read)
        return read.error();
    for (PeriodConsultation &k : contacts)
        if (k.topics.isEmpty())
            k.topics << notRecorded;
    return contacts;
}

} // namespace baken::summary::detail
