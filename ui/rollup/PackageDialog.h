#pragma once

#include "widgets/FileChoosers.h"
#include "rollup/RollupKeys.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace baken {
class Vault;
}

namespace baken::ui::rollup {

// An advisor's step before a package is written: whose key it is sealed to
// (a key file or a pasted block, its label and fingerprint shown to compare
// by phone) and under which name the figures arrive. Accepting it does not
// write anything; the caller asks where to save.
class PackageDialog final : public QDialog {
    Q_OBJECT

public:
    PackageDialog(Vault &vault, const QString &periodLabel, QWidget *parent = nullptr);

    // Reads the key from the pasted text; shows its label and fingerprint,
    // or why it cannot be used.
    void readKey();
    void openKeyFile();
    // Reads a key file into the text box, as if pasted.
    Status loadKeyFile(const QString &path);
    void setKeyFileChooser(const OpenFilesChooser &chooser) { m_chooser = chooser; }

    const std::optional<baken::rollup::CoordinatorKey> &coordinatorKey() const { return m_key; }
    QString sourceLabel() const;

    QPlainTextEdit *keyText() const { return m_text; }
    QLineEdit *sourceLabelEdit() const { return m_label; }
    QLabel *coordinatorLabel() const { return m_coordinator; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateButtons();

    Vault &m_vault;
    QPlainTextEdit *m_text;
    QLabel *m_coordinator;
    QLabel *m_fingerprint;
    QLabel *m_problem;
    QLineEdit *m_label;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save = nullptr;
    OpenFilesChooser m_chooser;
    std::optional<baken::rollup::CoordinatorKey> m_key;
};

// The name this vault's packages arrive under ("" when none yet), kept in
// the vault so the advisor types it once.
QString sourceLabel(Vault &vault);
Status setSourceLabel(Vault &vault, const QString &label);

} // namespace baken::ui::rollup
