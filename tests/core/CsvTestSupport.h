#pragma once

// The spreadsheet samples of tests/data/csv (make_samples.py writes them)
// and what a vault needs before they import.
#include "codelists/CodeListService.h"
#include "codelists/SqlCodeListStore.h"
#include "vault/Vault.h"

#include <QFile>

#include <gtest/gtest.h>

namespace baken::test {

inline QString csvSample(const char *name)
{
    return QStringLiteral(BAKEN_SOURCE_DIR "/tests/data/csv/") + QLatin1String(name);
}

// Units have no defaults; these are the ones the samples use.
inline void addSampleUnits(Vault &vault)
{
    SqlCodeListStore store(vault.db());
    CodeListService service(vault, store);
    for (const char *unit : {"Burgerzaken", "Stadsbeheer", "Sociaal Domein", "Dienstverlening", "Financiën", "ICT",
                             "Vergunningen", "Personeel & Organisatie"}) {
        auto added = service.add(CodeList::Units, QString::fromUtf8(unit), QString::fromUtf8(unit));
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    }
}

// A refusal make_samples.py planted: row, column name, kind, value.
struct PlantedError {
    int row = 0;
    QString column;
    QString kind;
    QString value;
};

inline QList<PlantedError> plantedErrors()
{
    QFile file(csvSample("registrations-2000.expected.tsv"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QList<PlantedError> out;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const QStringList cells = QString::fromUtf8(lines[i]).split(u'\t');
        out << PlantedError{cells.value(0).toInt(), cells.value(1), cells.value(2), cells.value(3)};
    }
    return out;
}

// Words of the reason each kind of planted refusal must give (English UI).
inline QString reasonFor(const PlantedError &e)
{
    if (e.kind == u"empty")
        return QStringLiteral("Empty, but every case needs this");
    if (e.kind == u"no_such_day")
        return QStringLiteral("not a day in the calendar");
    if (e.kind == u"month_first")
        return QStringLiteral("month first");
    if (e.kind == u"day_number")
        return QStringLiteral("spreadsheet day number");
    if (e.kind == u"future")
        return QStringLiteral("lies in the future");
    if (e.kind == u"unknown" || e.kind == u"unknown_type")
        return QStringLiteral("\"%1\" matches no item").arg(e.value);
    if (e.kind == u"no_outcome")
        return QStringLiteral("the outcome is empty");
    if (e.kind == u"closing_date_open")
        return QStringLiteral("There is a closing date, but the status is");
    if (e.kind == u"closed_before")
        return QStringLiteral("closing date lies before the intake date");
    if (e.kind == u"no_closing_date")
        return QStringLiteral("the closing date is empty");
    if (e.kind == u"duplicate")
        return QStringLiteral("This row repeats row %1.").arg(e.value);
    if (e.kind == u"extra_cells")
        return QStringLiteral("more cells than the file has column names");
    ADD_FAILURE() << "unknown kind " << e.kind.toStdString();
    return QStringLiteral("(unknown kind)");
}

} // namespace baken::test
