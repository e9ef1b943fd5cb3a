#include "CodeChoices.h"

#include "CaseContext.h"
#include "widgets/ComboWidth.h"

#include <QComboBox>
#include <QListWidget>
#include <QLocale>

namespace baken::ui {

void fillCodeCombo(QComboBox *combo, const QList<CodeItem> &items, const QString &noneText)
{
    const QString language = uiLanguage();
    combo->clear();
    if (!noneText.isNull())
        combo->addItem(noneText, qint64(0));
    for (const CodeItem &item : items)
        combo->addItem(item.label(language), item.id);
}

void selectCode(QComboBox *combo, qint64 id, const CaseContext &context)
{
    int index = combo->findData(id);
    if (index < 0 && id > 0) {
        combo->addItem(context.label(id), id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

qint64 currentCode(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

void fillCheckList(QListWidget *list, const QList<CodeItem> &items)
{
    const QString language = uiLanguage();
    list->clear();
    for (const CodeItem &code : items) {
        auto *item = new QListWidgetItem(code.label(language), list);
        item->setData(Qt::UserRole, code.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // Never narrower than the longest entry: a ground's name is not cut off.
    list->setMinimumWidth(widthForWidestEntry(list));
}

void setCheckedCodes(QListWidget *list, const QList<qint64> &ids, const CaseContext &context)
{
    QList<qint64> missing = ids;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        item->setCheckState(ids.contains(id) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(id);
    }
    for (const qint64 id : missing) {
        auto *item = new QListWidgetItem(context.label(id), list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

QList<qint64> checkedCodes(const QListWidget *list)
{
    QList<qint64> ids;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            ids << list->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace baken::ui
