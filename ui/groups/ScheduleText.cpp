#include "ScheduleText.h"

#include <QCoreApplication>
#include <QLocale>

namespace baken::ui {

namespace {

// The translation context of these texts.
class ScheduleText {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::ScheduleText)

public:
    static QString monthly(const QDate &first);
    static QString recurrence(const SeriesSchedule &schedule);
};

QString ScheduleText::monthly(const QDate &first)
{
    const QString day = QLocale().dayName(first.dayOfWeek(), QLocale::LongFormat);
    switch ((first.day() - 1) / 7) {
    case 0:
        return tr("every month on the first %1").arg(day);
    case 1:
        return tr("every month on the second %1").arg(day);
    case 2:
        return tr("every month on the third %1").arg(day);
    case 3:
        return tr("every month on the fourth %1").arg(day);
    default:
        return tr("every month on the last %1").arg(day);
    }
}

QString ScheduleText::recurrence(const SeriesSchedule &schedule)
{
    const QDate first = schedule.firstStart.date();
    const QString day = QLocale().dayName(first.dayOfWeek(), QLocale::LongFormat);
    switch (schedule.recurrence) {
    case Recurrence::Weekly:
        return tr("every week on %1").arg(day);
    case Recurrence::Fortnightly:
        return tr("every two weeks on %1").arg(day);
    case Recurrence::Monthly:
        return monthly(first);
    }
    return {};
}

} // namespace

QString recurrenceText(const SeriesSchedule &schedule)
{
    return ScheduleText::recurrence(schedule);
}

QString scheduleDateFormat()
{
    const QString locale = QLocale().dateFormat(QLocale::ShortFormat);
    if (locale.contains(QStringLiteral("MMM")) || locale.contains(QStringLiteral("ddd")))
        return QStringLiteral("dd-MM-yyyy");
    QString format;
    for (qsizetype i = 0; i < locale.size();) {
        const QChar c = locale.at(i);
        qsizetype run = 1;
        while (i + run < locale.size() && locale.at(i + run) == c)
            ++run;
        if (c == u'd')
            format += QStringLiteral("dd");
        else if (c == u'M')
            format += QStringLiteral("MM");
        else if (c == u'y')
            format += QStringLiteral("yyyy");
        else
            format += QString(run, c);
        i += run;
    }
    return format;
}

QString scheduleDateTimeFormat()
{
    return scheduleDateFormat() + QStringLiteral(" HH:mm");
}

} // namespace baken::ui
