#pragma once

#include "base/Result.h"

#include <QString>

// The one place for file-system calls that Qt does not offer portably.
// Everything POSIX-specific in core/ lives in FileSystemPosix.cpp.
namespace baken::platform {

// Creates an empty file readable and writable by the owner only (0600);
// fails if anything exists at the path.
Status createPrivateFile(const QString &path);
// Renames without ever replacing an existing file.
Status renameNoReplace(const QString &from, const QString &to);
// Atomically replaces `to` with `from` (both in the same folder).
Status replaceFile(const QString &from, const QString &to);
// Makes a rename inside `dir` durable.
void syncDirectory(const QString &dir);
// Owner-only permissions on a file Baken writes (vaults, their -wal/-shm).
void restrictToOwner(const QString &path);

} // namespace baken::platform

namespace baken::platform {
// Flushes a file's contents to the disk.
void syncFile(const QString &path);
} // namespace baken::platform
