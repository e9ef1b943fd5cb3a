#include "CodeListService.h"

#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace baken {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

QString slugFor(const QString &label)
{
    QString slug = label.normalized(QString::NormalizationForm_KD).toLower();
    slug.remove(QRegularExpression(QStringLiteral("[^a-z0-9 _-]")));
    slug = slug.simplified().replace(QRegularExpression(QStringLiteral("[ _-]+")), QStringLiteral("_"));
    return slug.isEmpty() ? QStringLiteral("item") : slug.left(40);
}

} // namespace

Result<QList<CodeItem>> CodeListService::items(CodeList list, bool includeRetired) const
{
    return m_store.items(list, includeRetired);
}

Status CodeListService::validateLabels(CodeList list, qint64 selfId, const QString &nl, const QString &en) const
{
    if (nl.trimmed().isEmpty() || en.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("baken::CodeLists", "Give the item a name in Dutch and in English."));
    if (nl.trimmed().size() > MaxLabelLength || en.trimmed().size() > MaxLabelLength)
        return invalid(QCoreApplication::translate("baken::CodeLists", "A name can be at most %1 characters long.")
                           .arg(MaxLabelLength));
    auto existing = m_store.items(list, true);
    if (!existing)
        return existing.error();
    for (const CodeItem &item : *existing) {
        if (item.id == selfId)
            continue;
        if (item.labelNl.compare(nl.trimmed(), Qt::CaseInsensitive) == 0
            || item.labelEn.compare(en.trimmed(), Qt::CaseInsensitive) == 0) {
            return invalid(
                item.retired
                    ? QCoreApplication::translate(
                        "baken::CodeLists", "This list already has a retired item with that name. Restore it instead.")
                    : QCoreApplication::translate("baken::CodeLists", "This list already has an item with that name."));
        }
    }
    return {};
}

template<typename Fn>
Status CodeListService::inTransaction(const QString &event, qint64 id, Fn &&change)
{
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = change(); !s)
        return s;
    if (auto s = m_vault.audit().append(event, QStringLiteral("code_list_item"), QString::number(id)); !s)
        return s;
    return tx.commit();
}

Result<CodeItem> CodeListService::add(CodeList list, const QString &labelNl, const QString &labelEn)
{
    Transaction tx(m_vault.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto item = addInTransaction(list, labelNl, labelEn);
    if (!item)
        return item.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return item;
}

Result<CodeItem> CodeListService::addInTransaction(CodeList list, const QString &labelNl, const QString &labelEn)
{
    if (auto s = validateLabels(list, 0, labelNl, labelEn); !s)
        return s.error();
    auto existing = m_store.items(list, true);
    if (!existing)
        return existing.error();

    CodeItem item;
    item.list = list;
    item.labelNl = labelNl.trimmed();
    item.labelEn = labelEn.trimmed();
    const QString base = slugFor(item.labelEn);
    item.code = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(existing->cbegin(), existing->cend(),
                                       [&](const CodeItem &other) { return other.code == item.code; });
        if (!taken)
            break;
        item.code = base + u'_' + QString::number(n);
    }

    auto id = m_store.insert(item);
    if (!id)
        return id.error();
    if (auto s = m_vault.audit().append(QStringLiteral("codelist.item_added"), QStringLiteral("code_list_item"),
                                        QString::number(*id));
        !s)
        return s.error();
    return m_store.item(*id);
}

Status CodeListService::relabel(qint64 id, const QString &labelNl, const QString &labelEn)
{
    auto item = m_store.item(id);
    if (!item)
        return item.error();
    if (auto s = validateLabels(item->list, id, labelNl, labelEn); !s)
        return s;
    return inTransaction(QStringLiteral("codelist.item_relabelled"), id,
                         [&] { return m_store.updateLabels(id, labelNl.trimmed(), labelEn.trimmed()); });
}

Status CodeListService::retire(qint64 id)
{
    return inTransaction(QStringLiteral("codelist.item_retired"), id, [&] { return m_store.setRetired(id, true); });
}

Status CodeListService::restore(qint64 id)
{
    return inTransaction(QStringLiteral("codelist.item_restored"), id, [&] { return m_store.setRetired(id, false); });
}

Status CodeListService::remove(qint64 id)
{
    auto item = m_store.item(id);
    if (!item)
        return item.error();
    if (item->builtin)
        return Error{ErrorCode::InUse,
                     QCoreApplication::translate("baken::CodeLists",
                                                 "Standard items cannot be deleted; retire the item instead.")};
    auto used = m_store.isInUse(*item);
    if (!used)
        return used.error();
    if (*used)
        return Error{
            ErrorCode::InUse,
            QCoreApplication::translate("baken::CodeLists", "This item is used in saved records; retire it instead.")};
    return inTransaction(QStringLiteral("codelist.item_deleted"), id, [&] { return m_store.remove(id); });
}

} // namespace baken
