#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace baken::test {

// One occurrence as a calendar program shows it.
struct Occurrence {
    QDateTime start;
    QDateTime end;
    QString place;
};

// An .ics file as libical reads it back.
struct CalendarReadBack {
    QString uid; // the series and its overrides share it
    QString summary;
    QString description;
    QList<Occurrence> occurrences; // in order
    QByteArray text;               // the file itself

    QList<QDateTime> starts() const;
    QStringList places() const;
};

// What a calendar program shows: the master's RRULE from its DTSTART, minus
// EXDATE, with each RECURRENCE-ID override in place of its occurrence. Adds a
// test failure when the text is not one such series.
CalendarReadBack readBack(const QByteArray &ics);
// The same for the file at `path`; a test failure when there is none.
CalendarReadBack readBackFile(const QString &path);

} // namespace baken::test
