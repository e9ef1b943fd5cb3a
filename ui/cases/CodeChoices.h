#pragma once

#include "codelists/CodeList.h"

#include <QDate>
#include <QList>
#include <QString>

class QComboBox;
class QListWidget;

namespace baken::ui {

class CaseContext;

// Code-list choices in combo boxes and checkable lists; the item id travels
// as the entry's data (0: nothing chosen).
void fillCodeCombo(QComboBox *combo, const QList<CodeItem> &items, const QString &noneText);
// Selects `id`, adding it when it is retired and so no longer offered.
void selectCode(QComboBox *combo, qint64 id, const CaseContext &context);
qint64 currentCode(const QComboBox *combo);

void fillCheckList(QListWidget *list, const QList<CodeItem> &items);
void setCheckedCodes(QListWidget *list, const QList<qint64> &ids, const CaseContext &context);
QList<qint64> checkedCodes(const QListWidget *list);

// Dates as the list and forms show them (locale short format, "" if invalid).
QString shortDate(const QDate &date);

} // namespace baken::ui
