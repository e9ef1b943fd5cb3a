#include "LeakCapture.h"

#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace baken::test {

namespace {

QMutex s_mutex;
QByteArray s_messages;
QtMessageHandler s_previous = nullptr;
bool s_installed = false;

void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_mutex);
        s_messages += QByteArray::number(int(type)) + ' ' + QByteArray(context.category ? context.category : "") + ": "
                      + message.toUtf8() + '\n';
    }
    if (s_previous)
        s_previous(type, context, message);
}

int redirect(int fd, const QString &path)
{
    std::fflush(fd == STDOUT_FILENO ? stdout : stderr);
    const int saved = ::dup(fd);
    const int file = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (saved < 0 || file < 0)
        return -1;
    ::dup2(file, fd);
    ::close(file);
    return saved;
}

void restore(int fd, int saved, const QString &path)
{
    if (saved < 0)
        return;
    std::fflush(fd == STDOUT_FILENO ? stdout : stderr);
    ::dup2(saved, fd);
    ::close(saved);
    QFile caught(path);
    if (caught.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = caught.readAll();
        [[maybe_unused]] const auto written = ::write(fd, bytes.constData(), size_t(bytes.size()));
    }
}

} // namespace

LeakCapture::LeakCapture(const QString &folder)
    : m_outPath(QDir(folder).filePath(QStringLiteral("own-stdout.txt")))
    , m_errPath(QDir(folder).filePath(QStringLiteral("own-stderr.txt")))
{
    QDir().mkpath(folder);
    {
        QMutexLocker lock(&s_mutex);
        s_messages.clear();
    }
    if (!s_installed) {
        s_previous = qInstallMessageHandler(keepMessage);
        s_installed = true;
    }
    m_savedOut = redirect(STDOUT_FILENO, m_outPath);
    m_savedErr = redirect(STDERR_FILENO, m_errPath);
}

LeakCapture::~LeakCapture()
{
    stop();
}

void LeakCapture::stop()
{
    restore(STDOUT_FILENO, m_savedOut, m_outPath);
    restore(STDERR_FILENO, m_savedErr, m_errPath);
    m_savedOut = m_savedErr = -1;
}

QByteArray LeakCapture::qtMessages()
{
    QMutexLocker lock(&s_mutex);
    return s_messages;
}

} // namespace baken::test
