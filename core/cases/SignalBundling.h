#pragma once

#include "base/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace baken {

class Database;

// Several signals about the same unit or the same person, within a window:
// the employer's studies asked for this so that an investigation can start
// and reporters can join forces. Doubt-line consultations about a unit count
// as signals too, beside its cases (anonymous: they have no person).
struct SignalGroup {
    enum class Kind { Unit, Person };
    Kind kind = Kind::Unit;
    qint64 unitId = 0;   // Kind::Unit
    QString personKey;   // Kind::Person: the normalised name (personal data; shown in the app only)
    QString displayName; // Kind::Person: the name as typed in the most recent case
    QList<qint64> caseIds;
    QStringList caseNumbers;
    int consentingReporters = 0; // cases whose reporter consented to bundling
    // Kind::Unit: consultations about the unit in the window, not counting
    // non-data contacts or those handed over (their case is counted already).
    int consultations = 0;

    int signals() const { return int(caseIds.size()) + consultations; }
};

class SignalBundling {
public:
    explicit SignalBundling(Database &db) : m_db(db) {}

    // Groups of two or more signals in [from, to], largest first: registered
    // cases by intake date and, for a unit, consultations by the day they
    // took place. The default window is the last 12 months.
    Result<QList<SignalGroup>> groups(const QDate &from, const QDate &to) const;
    static QDate defaultFrom(const QDate &today) { return today.addMonths(-12); }

private:
    Database &m_db;
};

} // namespace baken
