#pragma once

#include "base/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace baken {

class Database;

// Several signals about the same unit or the same person, within a window:
// the employer's studies asked for this so that an investigation can start
// and reporters can join forces.
struct SignalGroup {
    enum class Kind { Unit, Person };
    Kind kind = Kind::Unit;
    qint64 unitId = 0;   // Kind::Unit
    QString personKey;   // Kind::Person: the normalised name (personal data; shown in the app only)
    QString displayName; // Kind::Person: the name as typed in the most recent case
    QList<qint64> caseIds;
    QStringList caseNumbers;
    int consentingReporters = 0; // cases whose reporter consented to bundling
};

class SignalBundling {
public:
    explicit SignalBundling(Database &db) : m_db(db) {}

    // Groups of two or more registered cases with an intake date in
    // [from, to], largest first. The default window is the last 12 months.
    Result<QList<SignalGroup>> groups(const QDate &from, const QDate &to) const;
    static QDate defaultFrom(const QDate &today) { return today.addMonths(-12); }

private:
    Database &m_db;
};

} // namespace baken
