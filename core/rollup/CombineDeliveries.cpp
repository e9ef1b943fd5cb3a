// Which package each source's months come from, and cutting them out
// (Combine.h, combineDeliveries).
#include "Combine.h"

#include "summary/Period.h"

#include <QMap>

namespace baken::rollup {

namespace {

// A run of consecutive months, all from one delivery.
struct Run {
    qsizetype delivery;
    QString first;
    QString last;
};

// Per source (by id), each month of `months` it delivered -> the newest
// delivery that holds it.
QMap<qint64, QMap<QString, qsizetype>> newestByMonth(const QList<Delivery> &deliveries, const QStringList &months)
{
    QMap<qint64, QMap<QString, qsizetype>> chosen;
    for (qsizetype i = 0; i < deliveries.size(); ++i) {
        const Delivery &d = deliveries[i];
        QMap<QString, qsizetype> &slots = chosen[d.sourceId];
        for (const QString &month : summary::periodMonths(d.cube.period)) {
            if (!months.contains(month))
                continue;
            const auto held = slots.constFind(month);
            if (held == slots.cend() || deliveries[*held].createdAt < d.createdAt)
                slots.insert(month, i);
        }
    }
    return chosen;
}

QList<Run> runsOf(const QMap<QString, qsizetype> &slots, const QStringList &months)
{
    QList<Run> runs;
    qsizetype previous = -2;
    for (auto it = slots.cbegin(); it != slots.cend(); ++it) {
        const qsizetype index = months.indexOf(it.key());
        if (!runs.isEmpty() && runs.last().delivery == it.value() && index == previous + 1)
            runs.last().last = it.key();
        else
            runs << Run{it.value(), it.key(), it.key()};
        previous = index;
    }
    return runs;
}

} // namespace

Result<summary::Summary> combineDeliveries(const QList<Delivery> &deliveries, const summary::Period &period)
{
    const QStringList months = summary::periodMonths(period);
    const QStringList unsummable = unsummableTableIds();
    QList<SourcedSummary> parts;
    const auto chosen = newestByMonth(deliveries, months);
    for (const auto &slots : chosen) {
        const QList<Run> runs = runsOf(slots, months);
        for (const Run &run : runs) {
            const Delivery &d = deliveries[run.delivery];
            auto cut = cutMonthCube(d.cube, summary::monthRun(run.first, run.last));
            if (!cut)
                return cut.error();
            if (runs.size() > 1) {
                cut->tables.removeIf(
                    [&](const summary::Table &table) { return unsummable.contains(table.id); });
            }
            parts << SourcedSummary{d.sourceId, d.sourceLabel, d.createdAt, std::move(*cut)};
        }
    }
    return combineSummaries(parts, period);
}

} // namespace baken::rollup
