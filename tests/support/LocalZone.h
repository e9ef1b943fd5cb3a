#pragma once

#include <QByteArray>
#include <QDateTime>

namespace baken::test {

// Runs a test in a given local zone (Qt and libc both read TZ) and puts the
// machine's zone back afterwards.
class LocalZone {
public:
    explicit LocalZone(const char *zone);
    ~LocalZone();
    LocalZone(const LocalZone &) = delete;
    LocalZone &operator=(const LocalZone &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

// A wall-clock time in the local zone, the one a LocalZone set.
inline QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime);
}

} // namespace baken::test
