#include "FileChoosers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace baken::ui {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::rollup::Files)
};

} // namespace

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void saveWithDialog(QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter,
                    const std::function<void(const QString &)> &chosen)
{
    auto *files = new QFileDialog(parent, title, QDir(documentsFolder()).filePath(suggestedName), filter);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QFileInfo(suggestedName).suffix());
    files->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(files, &QFileDialog::fileSelected, parent, [chosen](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    files->open();
}

void openWithDialog(QWidget *parent, const QString &title, const QString &filter,
                    const std::function<void(const QStringList &)> &chosen)
{
    auto *files = new QFileDialog(parent, title, documentsFolder(), filter);
    files->setAcceptMode(QFileDialog::AcceptOpen);
    files->setFileMode(QFileDialog::ExistingFiles);
    files->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(files, &QFileDialog::filesSelected, parent, [chosen](const QStringList &paths) {
        if (!paths.isEmpty())
            chosen(paths);
    });
    files->open();
}

void chooseOneFile(QWidget *parent, const QString &title, const QString &folder, const QString &filter, bool save,
                   const std::function<void(const QString &)> &chosen)
{
    auto *files = new QFileDialog(parent, title, folder, filter);
    files->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    files->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (save)
        files->setDefaultSuffix(QStringLiteral("json"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(files, &QFileDialog::fileSelected, parent, [chosen](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    files->open();
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes, const std::function<Status()> &beforeCommit)
{
    QSaveFile file(path);
    const auto failed = [&] {
        return Error{ErrorCode::Io,
                     Messages::tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(bytes) != bytes.size()) {
        const Error error = failed();
        file.cancelWriting();
        return error;
    }
    if (beforeCommit) {
        if (auto done = beforeCommit(); !done) {
            file.cancelWriting();
            return done.error();
        }
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace baken::ui
