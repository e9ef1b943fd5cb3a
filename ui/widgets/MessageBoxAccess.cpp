#include "MessageBoxAccess.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QTextDocumentFragment>

namespace baken::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::MessageBoxAccess)
};

QString plain(const QString &text)
{
    return (Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text).trimmed();
}

QString describing(QMessageBox *box, QAbstractButton *button)
{
    switch (box->standardButton(button)) {
    case QMessageBox::Ok:
        return Texts::tr("Closes this message.");
    case QMessageBox::Close:
        return Texts::tr("Closes this window.");
    case QMessageBox::Cancel:
        return Texts::tr("Closes this message and changes nothing.");
    case QMessageBox::Yes:
        return Texts::tr("Answers the question with yes.");
    case QMessageBox::No:
        return Texts::tr("Answers the question with no.");
    case QMessageBox::Discard:
        return Texts::tr("Discards it, as the message says.");
    default:
        // A button of Baken's own names its choice ("Stop the call").
        return Texts::tr("Chooses “%1”, as the message says.").arg(plain(button->text()).remove(u'&'));
    }
}

void describeMessageBox(QMessageBox *box)
{
    if (box->accessibleName().isEmpty())
        box->setAccessibleName(box->windowTitle());
    if (box->accessibleDescription().isEmpty())
        box->setAccessibleDescription(plain(box->text()));
    for (QAbstractButton *button : box->buttons())
        if (button->accessibleDescription().isEmpty() && button->toolTip().isEmpty())
            button->setAccessibleDescription(describing(box, button));
}

// Describes every message box as it is shown.
class Describer final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            if (auto *box = qobject_cast<QMessageBox *>(watched))
                describeMessageBox(box);
        return false;
    }
};

} // namespace

void describeMessageBoxes()
{
    qApp->installEventFilter(new Describer(qApp));
}

} // namespace baken::ui
