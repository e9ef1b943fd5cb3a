#pragma once

#include "widgets/FileChoosers.h"
#include "base/Result.h"
#include "rollup/RollupService.h"
#include "summary/Summary.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QPushButton;

namespace baken {
class Vault;
}

namespace baken::ui::rollup {

// The roll-up's part of the Reports page: where the figures come from (this
// vault, or the packages of several advisors combined), importing packages
// as a coordinator, and sending this vault's exact figures to one as an
// advisor. The page publishes whichever exact summary this gives it.
class RollupBar final : public QWidget {
    Q_OBJECT

public:
    // Whether a newer package may replace the one already imported for the
    // same source and period. Tests answer it; the app asks in a message box.
    using ReplaceQuestion = std::function<bool(QWidget *parent, const baken::rollup::StoredPackage &old,
                                               const baken::rollup::PackageContents &newer)>;

    RollupBar(Vault &vault, std::function<summary::Period()> period, QWidget *parent = nullptr);

    bool rollUp() const;
    void setRollUp(bool rollUp);
    // The exact figures of `period` from the chosen place: the vault's own
    // records, or the sum of the imported packages with their coverage.
    Result<summary::Summary> exactSummary(const summary::Period &period) const;

    void importPackages();
    // Imports each file; one line per file says what happened.
    struct ImportReport {
        QString text;
        bool refused = false; // at least one file was refused
    };
    ImportReport importFiles(const QStringList &paths);
    void packageForCoordinator();
    // Seals the exact summary of `period` to `key` and writes it to `path`,
    // audited; says what it wrote.
    Result<QString> writePackage(const summary::Period &period, const baken::rollup::CoordinatorKey &key,
                                 const QString &sourceLabel, const QString &path);

    void setOpenFilesChooser(const OpenFilesChooser &chooser) { m_openChooser = chooser; }
    void setSaveFileChooser(const SaveFileChooser &chooser) { m_saveChooser = chooser; }
    void setReplaceQuestion(const ReplaceQuestion &question) { m_replace = question; }

    QComboBox *sourceCombo() const { return m_source; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *packageButton() const { return m_package; }

Q_SIGNALS:
    // The figures on screen must be read again (another source, new packages).
    void figuresChanged();
    void messageShown(const QString &text, bool info);

private:
    void updateButtons();

    Vault &m_vault;
    std::function<summary::Period()> m_period;
    QComboBox *m_source;
    QPushButton *m_import;
    QPushButton *m_package;
    OpenFilesChooser m_openChooser;
    SaveFileChooser m_saveChooser;
    ReplaceQuestion m_replace;
};

} // namespace baken::ui::rollup
