#include "FileSystem.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace baken::platform {

namespace {

Error ioError(const QString &path, int err)
{
    Q_UNUSED(path)
    if (err == EEXIST) {
        return {
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("baken::Vault", "A file with that name already exists. Choose another name.")};
    }
    if (err == ENOSPC) {
        return {ErrorCode::Io, QCoreApplication::translate("baken::Vault", "The disk is full.")};
    }
    if (err == ENOENT) {
        return {ErrorCode::Io, QCoreApplication::translate("baken::Vault", "The folder does not exist.")};
    }
    if (err == EACCES || err == EPERM || err == EROFS) {
        return {ErrorCode::Io, QCoreApplication::translate("baken::Vault", "You may not write in that folder.")};
    }
    return {ErrorCode::Io, QCoreApplication::translate("baken::Vault", "The file could not be written (%1).")
                               .arg(QString::fromLocal8Bit(std::strerror(err)))};
}

} // namespace

Status createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(path, errno);
    ::fsync(fd);
    ::close(fd);
    return {};
}

Status renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    // link() fails if `to` exists, which rename() would silently replace.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return {};
    }
    if (errno == EEXIST)
        return ioError(to, errno);
    // FAT, exFAT and some network shares have no hard links: check, then
    // rename (a race with another program creating `to` meanwhile is the
    // price on those file systems).
    struct stat existing {};
    if (::lstat(target.constData(), &existing) == 0)
        return ioError(to, EEXIST);
    if (::rename(source.constData(), target.constData()) != 0)
        return ioError(to, errno);
    return {};
}

Status replaceFile(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return ioError(to, errno);
    return {};
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void restrictToOwner(const QString &path)
{
    ::chmod(QFile::encodeName(path).constData(), 0600);
}

} // namespace baken::platform

namespace baken::platform {

void syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace baken::platform
