#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

// The file dialogs of the export and import screens, as functions that tests
// replace: they call `chosen` only when the user picked something.
namespace baken::ui {

using SaveFileChooser = std::function<void(QWidget *parent, const QString &title, const QString &suggestedName,
                                           const QString &filter, const std::function<void(const QString &)> &chosen)>;
using OpenFilesChooser = std::function<void(QWidget *parent, const QString &title, const QString &filter,
                                            const std::function<void(const QStringList &)> &chosen)>;

// Where the file dialogs start: the user's documents folder.
QString documentsFolder();

// The app's answers: a save dialog in the documents folder, and an open
// dialog for one or more files. Both open window-modal, without a nested loop
// that would outlive a lock.
void saveWithDialog(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                    const std::function<void(const QString &)> &chosen);
void openWithDialog(QWidget *parent, const QString &title, const QString &filter,
                    const std::function<void(const QStringList &)> &chosen);

// One file to open (or, with `save`, to write) starting in `folder`, the
// same way: window-modal, `chosen` only when the user picked one.
void chooseOneFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter, bool save,
                   const std::function<void(const QString &)> &chosen);

// Writes `bytes` to `path` atomically (QSaveFile). `beforeCommit` runs last
// (an audit entry): when it fails the file is not written.
Status writeFileAtomically(const QString &path, const QByteArray &bytes,
                           const std::function<Status()> &beforeCommit = {});

} // namespace baken::ui
