#include "HoursExport.h"

#include "db/Database.h"
#include "db/SqlValues.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

namespace baken {

using namespace sql;

namespace {

struct HoursExport {
    Q_DECLARE_TR_FUNCTIONS(baken::HoursExport)
};

// Hours with two decimals and a decimal comma, rounded half up in whole
// hundredths so that no floating point creeps into an invoice.
QString hoursText(qint64 minutes)
{
    const qint64 hundredths = (minutes * 100 + 30) / 60;
    return QStringLiteral("%1,%2").arg(hundredths / 100).arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

QString csvField(const QString &value)
{
    if (!value.contains(u';') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    return u'"' + quoted.replace(u'"', u"\"\""_qs) + u'"';
}

QByteArray csvLine(const QString &first, const QString &second)
{
    return (csvField(first) + u';' + csvField(second) + u"\r\n"_qs).toUtf8();
}

} // namespace

Status writeMonthlyHoursCsv(Database &db, int year, int month, qint64 clientId, QIODevice &out)
{
    const QDate first(year, month, 1);
    if (!first.isValid() || clientId <= 0)
        return Error{ErrorCode::InvalidInput, HoursExport::tr("Choose a month and a client organisation.")};
    if (!out.isWritable())
        return Error{ErrorCode::Io,
                     HoursExport::tr("The hours could not be written. Choose another place to save them.")};

    // Registered cases only: a draft has no number to invoice against.
    auto stmt = db.prepare("SELECT c.number, sum(h.minutes) FROM hours_entry h JOIN case_file c ON c.id = h.case_id"
                           " WHERE c.client_id = ?1 AND c.is_draft = 0 AND h.worked_on >= ?2 AND h.worked_on < ?3"
                           " GROUP BY c.id ORDER BY c.year, c.sequence");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, clientId).bind(2, dateText(first)).bind(3, dateText(first.addMonths(1)));

    // A byte-order mark, so that spreadsheets open the file as UTF-8.
    QByteArray csv =
        QByteArrayLiteral("\xEF\xBB\xBF") + csvLine(HoursExport::tr("case number"), HoursExport::tr("hours"));
    qint64 totalMinutes = 0;
    auto read = stmt->forEach([&](const Statement &r) {
        totalMinutes += r.int64(1);
        csv += csvLine(r.text(0), hoursText(r.int64(1)));
    });
    if (!read)
        return read.error();
    // The total from the minutes, not from the rounded rows: it is what was worked.
    csv += csvLine(HoursExport::tr("total"), hoursText(totalMinutes));
    if (out.write(csv) != csv.size())
        return Error{ErrorCode::Io,
                     HoursExport::tr("The hours could not be written. Choose another place to save them.")};
    return {};
}

} // namespace baken
