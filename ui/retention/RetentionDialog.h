#pragma once

#include "doubtline/AskUser.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace baken {
class Vault;
} // namespace baken

namespace baken::ui {

// The closed cases past their destruction date (core/retention): number,
// type, closing and destruction dates, never any text. "Destroy" erases the
// selected cases after a confirmation that says what goes and what stays.
// Opened from the File menu and from the dashboard's hint; it belongs to the
// open vault and goes when the vault locks.
class RetentionDialog final : public QDialog {
    Q_OBJECT

public:
    explicit RetentionDialog(Vault &vault, QWidget *parent = nullptr);

    // Tests answer the confirmation without a nested event loop.
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    // Reads the due cases again.
    void refresh();
    // Asks, then destroys the selected cases (Destroy button).
    void destroySelected();
    QTreeWidget *list() const { return m_list; }
    QString message() const;

    // What the confirmation says is erased and what stays.
    static QString erasedText();

Q_SIGNALS:
    // After at least one case was destroyed; the pages showing cases reload.
    void casesDestroyed();

private:
    void destroyConfirmed(const QList<qint64> &ids);
    void showMessage(const QString &text, bool problem);
    void updateButtons();

    Vault &m_vault;
    Asker m_ask;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_destroy;
};

} // namespace baken::ui
