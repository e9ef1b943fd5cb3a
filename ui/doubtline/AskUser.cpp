#include "AskUser.h"

#include <QPointer>
#include <QPushButton>

namespace baken::ui {

Asker messageBoxAsker()
{
    return [](QWidget *parent, const Question &question, const Answer &answer) {
        auto *box = new QMessageBox(question.icon, question.title, question.text, QMessageBox::NoButton, parent);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *accept = box->addButton(question.acceptText, QMessageBox::AcceptRole);
        QPushButton *reject = box->addButton(question.rejectText, QMessageBox::RejectRole);
        box->setDefaultButton(reject);
        box->setEscapeButton(reject);
        QObject::connect(box, &QMessageBox::finished, box, [box, accept, answer, guard = QPointer(parent)] {
            if (guard || !box->parent())
                answer(box->clickedButton() == accept);
        });
        box->open();
    };
}

} // namespace baken::ui
