#pragma once

#include <QByteArray>
#include <QString>

namespace baken::test {

// Catches everything this process prints while it lives: standard output and
// standard error go to files in `folder` (inside the searched tree), and
// every Qt message is kept as well. On destruction both streams are put back
// and what they caught is printed on them, so a failure stays readable.
class LeakCapture {
public:
    explicit LeakCapture(const QString &folder);
    ~LeakCapture();
    LeakCapture(const LeakCapture &) = delete;
    LeakCapture &operator=(const LeakCapture &) = delete;

    // Puts the streams back now (before the search reads the files).
    void stop();
    // Every Qt message since construction, one per line with its category.
    static QByteArray qtMessages();

private:
    int m_savedOut = -1;
    int m_savedErr = -1;
    QString m_outPath;
    QString m_errPath;
};

} // namespace baken::test
