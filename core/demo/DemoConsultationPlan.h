#pragma once

#include "DemoPhrases.h"
#include "base/Result.h"
#include "doubtline/Consultation.h"

#include <QHash>

namespace baken {
class CodeListStore;
class Vault;
} // namespace baken

namespace baken::demo {

// The code-list ids the doubt-line generator draws from, by stable code.
struct DemoConsultationCodes {
    QHash<QString, qint64> channels, grounds, forms, roles, advice, bodies;
    QList<qint64> units;
    QList<qint64> staff; // in the order of the shift table

    // Adds the five colleagues of the shift table to the staff list.
    static Result<DemoConsultationCodes> load(Vault &vault, const CodeListStore &store);
};

// Plans a year of doubt-line contacts, oldest first. Deterministic: the same
// day gives the same plans.
class DemoConsultationGenerator {
public:
    // `volume` multiplies the contacts per day: 1 is a small team's line, the
    // large vault's line of a large employer takes about 26 times as many.
    DemoConsultationGenerator(DemoConsultationCodes codes, const QDate &today, quint32 seed = 20260401u,
                              double volume = 1.0);
    DemoConsultationGenerator(const DemoConsultationGenerator &) = delete; // m_text refers to m_rng
    DemoConsultationGenerator &operator=(const DemoConsultationGenerator &) = delete;

    // Callback done times are set (callbackDoneAt) for callbacks already made.
    QList<Consultation> year();
    // The contacts of the days from `from` to `to` (inclusive), oldest first.
    QList<Consultation> between(const QDate &from, const QDate &to);

private:
    void day(const QDate &date, QList<Consultation> &out);
    Consultation contact(const QDateTime &at, qint64 staffId);
    void consultation(Consultation &c);
    void callback(Consultation &c, bool recent);
    void makeCallback(Consultation &c);
    qint64 staffOn(const QDate &date);
    QString question(const QString &ground, const QString &role);

    DemoConsultationCodes m_codes;
    QDate m_today;
    QDateTime m_now;
    double m_volume = 1.0;
    std::mt19937 m_rng;
    DemoPhrases m_text{m_rng};
};

} // namespace baken::demo
