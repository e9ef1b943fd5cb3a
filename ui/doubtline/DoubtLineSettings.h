#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace baken {
class Vault;
}

namespace baken::ui {

// The doubt line's part of Settings: the names the identifying-text warning
// looks for (one per line, kept in the vault) and the referral guide editor.
class DoubtLineSettings final : public QWidget {
    Q_OBJECT

public:
    explicit DoubtLineSettings(Vault &vault, QWidget *parent = nullptr);

    void reload();
    void saveNames();
    void editGuide();
    QPlainTextEdit *namesEdit() const { return m_names; }

private:
    void showStatus(const QString &message, bool error);

    Vault &m_vault;
    QPlainTextEdit *m_names;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace baken::ui
