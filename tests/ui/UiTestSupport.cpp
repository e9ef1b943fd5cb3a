#include "UiTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace baken::test {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

namespace {

void modelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            out << model->data(index).toString() << model->data(index, Qt::ToolTipRole).toString();
            if (column == 0 && model->hasChildren(index))
                modelTexts(model, index, out);
        }
    }
}

} // namespace

QStringList readableTexts(const QWidget *root)
{
    QStringList out;
    QList<const QWidget *> widgets{root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets << child;
    for (const QWidget *w : widgets) {
        out << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto *label = qobject_cast<const QLabel *>(w))
            out << label->text();
        else if (auto *edit = qobject_cast<const QLineEdit *>(w))
            out << edit->text();
        else if (auto *button = qobject_cast<const QAbstractButton *>(w))
            out << button->text();
        else if (auto *box = qobject_cast<const QGroupBox *>(w))
            out << box->title();
        if (auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        }
        if (auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model())
            modelTexts(view->model(), view->rootIndex(), out);
    }
    out.removeAll(QString());
    return out;
}

bool anyTextContains(const QWidget *root, const QString &needle)
{
    const QStringList texts = readableTexts(root);
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&](const QString &text) { return text.contains(needle, Qt::CaseInsensitive); });
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BAKEN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(50);
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace baken::test
