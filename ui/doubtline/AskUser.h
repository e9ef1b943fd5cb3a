#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace baken::ui {

// A yes/no question to the user. The doubt-line screens ask through an
// Asker, so tests can answer without a nested event loop, and the app never
// blocks in exec() while a lock could destroy the screen that asked.
struct Question {
    QMessageBox::Icon icon = QMessageBox::Question;
    QString title;
    QString text;
    QString acceptText; // the button that goes ahead
    QString rejectText; // the default button, which changes nothing
};

using Answer = std::function<void(bool accepted)>;
using Asker = std::function<void(QWidget *parent, const Question &question, const Answer &answer)>;

// Opens a window-modal QMessageBox and answers when it closes; the answer is
// dropped if `parent` is gone by then.
Asker messageBoxAsker();

} // namespace baken::ui
