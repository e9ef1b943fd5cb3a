#pragma once

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <chrono>
#include <thread>

namespace baken::test {

// Whether the running process `process` has RLIMIT_CORE at 0 for both the
// soft and the hard limit, as /proc/<pid>/limits shows it; waits up to
// `timeoutMs` for it, since the process sets it at the start of main().
inline bool coreDumpsOffIn(const QProcess &process, int timeoutMs = 10000)
{
    const QString path = QStringLiteral("/proc/%1/limits").arg(process.processId());
    static const QRegularExpression zero(QStringLiteral("^Max core file size\\s+0\\s+0\\s"),
                                         QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(timeoutMs);
    do {
        QFile limits(path);
        if (limits.open(QIODevice::ReadOnly) && zero.match(QString::fromLatin1(limits.readAll())).hasMatch())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    } while (!deadline.hasExpired());
    return false;
}

} // namespace baken::test
