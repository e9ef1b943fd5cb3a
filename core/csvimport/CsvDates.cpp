#include "CsvDates.h"

#include <QHash>
#include <QRegularExpression>

namespace baken::csv {

namespace {

// Month names and the abbreviations people type, Dutch and English.
int monthFromName(const QString &name)
{
    static const QHash<QString, int> Months = [] {
        QHash<QString, int> months;
        const char *const names[12][6] = {
            {"januari", "jan", "january", nullptr, nullptr, nullptr},
            {"februari", "feb", "febr", "february", nullptr, nullptr},
            {"maart", "mrt", "maa", "march", "mar", nullptr},
            {"april", "apr", nullptr, nullptr, nullptr, nullptr},
            {"mei", "may", nullptr, nullptr, nullptr, nullptr},
            {"juni", "jun", "june", nullptr, nullptr, nullptr},
            {"juli", "jul", "july", nullptr, nullptr, nullptr},
            {"augustus", "aug", "august", nullptr, nullptr, nullptr},
            {"september", "sep", "sept", nullptr, nullptr, nullptr},
            {"oktober", "okt", "october", "oct", nullptr, nullptr},
            {"november", "nov", nullptr, nullptr, nullptr, nullptr},
            {"december", "dec", nullptr, nullptr, nullptr, nullptr},
        };
        for (int m = 0; m < 12; ++m)
            for (const char *word : names[m])
                if (word)
                    months.insert(QString::fromLatin1(word), m + 1);
        return months;
    }();
    return Months.value(name, 0);
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

Error unreadable(const QString &text)
{
    return invalid(Dates::tr("\"%1\" is not a date Baken can read. Write it day first, for example 3-2-2019 or "
                             "3 februari 2019.")
                       .arg(text));
}

Result<QDate> make(const QString &text, int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || month < 1 || month > 12)
        return invalid(Dates::tr("\"%1\" is not a day in the calendar. Check the day and the month.").arg(text));
    return date;
}

int yearOf(const QString &digits)
{
    const int year = digits.toInt();
    return digits.size() == 2 ? Dates::expandYear(year) : year;
}

} // namespace

int Dates::expandYear(int twoDigitYear)
{
    return twoDigitYear < 80 ? 2000 + twoDigitYear : 1900 + twoDigitYear;
}

Result<QDate> Dates::parse(const QString &original)
{
    static const QRegularExpression Time(QStringLiteral("[ t]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    static const QRegularExpression Weekday(
        QStringLiteral("^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|"
                       "thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|mon|tue|wed|thu|fri|sat|sun)[.,]? "));
    static const QRegularExpression Iso(QStringLiteral("^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression DayFirst(QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})$"));
    static const QRegularExpression NamedMonth(QStringLiteral("^(\\d{1,2})[ .-]+([a-z]+)\\.?[ .-]+(\\d{4}|\\d{2})$"));
    static const QRegularExpression MonthFirstNamed(QStringLiteral("^([a-z]+)\\.? (\\d{1,2}),? (\\d{4})$"));
    static const QRegularExpression DayNumber(QStringLiteral("^\\d{5}([.,]\\d+)?$"));

    const QString shown = original.simplified();
    QString text = shown.toLower();
    text.remove(Time);
    text.remove(Weekday);
    text = text.trimmed();
    if (text.isEmpty())
        return unreadable(shown);

    if (auto m = Iso.match(text); m.hasMatch())
        return make(shown, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (auto m = DayFirst.match(text); m.hasMatch()) {
        const int day = m.captured(1).toInt();
        const int month = m.captured(3).toInt();
        if (month > 12 && day <= 12)
            return invalid(tr("\"%1\" only makes sense month first (as in American dates); Baken reads dates day "
                              "first. Write it as %2-%3-%4.")
                               .arg(shown)
                               .arg(month)
                               .arg(day)
                               .arg(yearOf(m.captured(4))));
        return make(shown, yearOf(m.captured(4)), month, day);
    }
    if (auto m = NamedMonth.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        if (month == 0)
            return unreadable(shown);
        return make(shown, yearOf(m.captured(3)), month, m.captured(1).toInt());
    }
    if (auto m = MonthFirstNamed.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (month == 0)
            return unreadable(shown);
        return make(shown, m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    if (DayNumber.match(text).hasMatch())
        return invalid(tr("\"%1\" is a spreadsheet day number, not a date. Format the column as a date in the "
                          "spreadsheet and save the file again.")
                           .arg(shown));
    return unreadable(shown);
}

} // namespace baken::csv
