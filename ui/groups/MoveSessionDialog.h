#pragma once

#include "groups/Schedule.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace baken::ui {

// Asks for a session's new day, time and place. The page does the move and
// keeps the dialog open with the service's refusal in words.
class MoveSessionDialog final : public QDialog {
    Q_OBJECT

public:
    explicit MoveSessionDialog(const Session &session, QWidget *parent = nullptr);

    QDateTimeEdit *startEdit() const { return m_start; }
    QLineEdit *placeEdit() const { return m_place; }
    void showError(const QString &message);
    // Emits moveChosen; the page closes the dialog with done() when it worked.
    void accept() override;

Q_SIGNALS:
    // An empty place keeps the group's place.
    void moveChosen(const QDateTime &newStart, const QString &newPlace);

private:
    QDateTimeEdit *m_start;
    QLineEdit *m_place;
    QLabel *m_error;
};

} // namespace baken::ui
