#pragma once

#include "widgets/FileChoosers.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace baken {
class Vault;
}

namespace baken::ui::rollup {

// The roll-up's part of Settings, for a coordinator: the key block advisors
// need to send this vault their figures, under a label of the coordinator's
// choice, and its fingerprint to read out by phone. Only public keys are
// shown; the key pairs are made on first use and stay in the vault.
class RollupSettings final : public QWidget {
    Q_OBJECT

public:
    explicit RollupSettings(Vault &vault, QWidget *parent = nullptr);

    // Reads the keys and the label again (making the keys on first use).
    void reload();
    void copyKey();
    void saveKeyFile();
    // Writes the key block to `path`; says what it wrote.
    Result<QString> saveKeyFileTo(const QString &path);
    void setFileChooser(const SaveFileChooser &chooser) { m_chooser = chooser; }

    QLineEdit *labelEdit() const { return m_label; }
    QPlainTextEdit *keyText() const { return m_key; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QLabel *statusLabel() const { return m_status; }

private:
    void saveLabel();
    void showKey();
    void showStatus(const QString &message, bool error);

    Vault &m_vault;
    QLineEdit *m_label;
    QPlainTextEdit *m_key;
    QLabel *m_fingerprint;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_status;
    SaveFileChooser m_chooser;
    QByteArray m_block;
};

// The label a coordinator gave this vault's key ("" when none yet), kept in
// the vault.
QString coordinatorLabel(Vault &vault);
Status setCoordinatorLabel(Vault &vault, const QString &label);

} // namespace baken::ui::rollup
