#include "Period.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace baken::summary {

namespace {

constexpr int MaxMonths = 120;
constexpr int MinYear = 1900;

Error invalid(const char *message)
{
    return Error{ErrorCode::InvalidInput, QCoreApplication::translate("baken::summary", message)};
}

Error unreadable()
{
    return invalid(QT_TRANSLATE_NOOP("baken::summary",
                                     "Give the period as a year (2026), a quarter (2026-Q2), a month (2026-03) "
                                     "or a range of months (2026-01..2026-06)."));
}

// Months since year 0, so that ranges across years are plain arithmetic.
int monthIndex(int year, int month)
{
    return year * 12 + (month - 1);
}

int monthCount(const Period &p)
{
    return monthIndex(p.toYear, p.toMonth) - monthIndex(p.fromYear, p.fromMonth) + 1;
}

// One side of a range, or a whole period: a year, a quarter or a month.
Result<Period> parseSingle(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(?:-(?:[Qq](\d+)|(\d{1,2})))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return unreadable();
    const int year = match.captured(1).toInt();
    if (year < MinYear)
        return invalid(QT_TRANSLATE_NOOP("baken::summary", "Give a year from 1900 on."));
    if (match.hasCaptured(2)) {
        const int quarter = match.captured(2).toInt();
        if (quarter < 1 || quarter > 4)
            return invalid(QT_TRANSLATE_NOOP("baken::summary", "A year has four quarters: Q1 to Q4."));
        return Period{year, quarter * 3 - 2, year, quarter * 3};
    }
    if (match.hasCaptured(3)) {
        const int month = match.captured(3).toInt();
        if (month < 1 || month > 12)
            return invalid(QT_TRANSLATE_NOOP("baken::summary", "A month is numbered from 01 to 12."));
        return Period{year, month, year, month};
    }
    return Period{year, 1, year, 12};
}

QString monthName(const QLocale &locale, int month)
{
    return locale.monthName(month, QLocale::LongFormat);
}

// "January 2026", "januari 2026".
QString monthYear(const QLocale &locale, int year, int month)
{
    return monthName(locale, month) + u' ' + QString::number(year);
}

QString rangeLabel(const QLocale &locale, const Period &p)
{
    if (p.fromYear == p.toYear)
        return monthName(locale, p.fromMonth) + u'-' + monthName(locale, p.toMonth) + u' ' + QString::number(p.toYear);
    return monthYear(locale, p.fromYear, p.fromMonth) + u'-' + monthYear(locale, p.toYear, p.toMonth);
}

bool isQuarter(const Period &p)
{
    return p.fromYear == p.toYear && p.fromMonth % 3 == 1 && p.toMonth == p.fromMonth + 2;
}

} // namespace

Result<Period> parsePeriod(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("baken::summary", "Choose a period: a year, a quarter, a month or a range "
                                                           "of months."));
    const qsizetype dots = trimmed.indexOf(u"..");
    if (dots < 0)
        return parseSingle(trimmed);

    // Each end may itself be a year, quarter or month: the range runs from
    // the start of the first to the end of the second.
    auto from = parseSingle(trimmed.left(dots).trimmed());
    if (!from)
        return from.error();
    auto to = parseSingle(trimmed.mid(dots + 2).trimmed());
    if (!to)
        return to.error();
    const Period period{from->fromYear, from->fromMonth, to->toYear, to->toMonth};
    if (monthCount(period) < 1)
        return invalid(QT_TRANSLATE_NOOP("baken::summary", "The period ends before it starts. Give the earliest "
                                                           "month first."));
    if (monthCount(period) > MaxMonths)
        return invalid(QT_TRANSLATE_NOOP("baken::summary", "A period covers at most 10 years (120 months)."));
    return period;
}

QString periodKey(const Period &p)
{
    const auto month = [](int year, int m) {
        return QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'));
    };
    if (p.fromYear == p.toYear && p.fromMonth == 1 && p.toMonth == 12)
        return QString::number(p.fromYear);
    if (isQuarter(p))
        return QStringLiteral("%1-Q%2").arg(p.fromYear).arg((p.fromMonth + 2) / 3);
    if (p.fromYear == p.toYear && p.fromMonth == p.toMonth)
        return month(p.fromYear, p.fromMonth);
    return month(p.fromYear, p.fromMonth) + u".." + month(p.toYear, p.toMonth);
}

Text periodLabel(const Period &p)
{
    const QLocale dutch(QLocale::Dutch);
    const QLocale english(QLocale::English);
    if (p.fromMonth == 1 && p.toMonth == 12) {
        const QString years = p.fromYear == p.toYear ? QString::number(p.fromYear)
                                                     : QStringLiteral("%1-%2").arg(p.fromYear).arg(p.toYear);
        return {years, years};
    }
    if (isQuarter(p)) {
        static constexpr const char *EnglishOrdinals[] = {"1st", "2nd", "3rd", "4th"};
        const int quarter = (p.fromMonth + 2) / 3;
        return {QStringLiteral("%1e kwartaal %2").arg(quarter).arg(p.fromYear),
                QStringLiteral("%1 quarter %2").arg(QLatin1String(EnglishOrdinals[quarter - 1])).arg(p.fromYear)};
    }
    if (p.fromYear == p.toYear && p.fromMonth == p.toMonth)
        return {monthYear(dutch, p.fromYear, p.fromMonth), monthYear(english, p.fromYear, p.fromMonth)};
    return {rangeLabel(dutch, p), rangeLabel(english, p)};
}

QDate firstDay(const Period &p)
{
    return QDate(p.fromYear, p.fromMonth, 1);
}

QDate lastDay(const Period &p)
{
    return QDate(p.toYear, p.toMonth, 1).addMonths(1).addDays(-1);
}

QStringList periodMonths(const Period &p)
{
    QStringList out;
    for (int i = monthIndex(p.fromYear, p.fromMonth); i <= monthIndex(p.toYear, p.toMonth); ++i)
        out << QStringLiteral("%1-%2").arg(i / 12).arg(i % 12 + 1, 2, 10, QLatin1Char('0'));
    return out;
}

Period monthRun(const QString &first, const QString &last)
{
    return Period{first.left(4).toInt(), first.mid(5, 2).toInt(), last.left(4).toInt(), last.mid(5, 2).toInt()};
}

} // namespace baken::summary
