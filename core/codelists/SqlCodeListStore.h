#pragma once

#include "CodeListStore.h"

namespace baken {

class Database;

class SqlCodeListStore final : public CodeListStore {
public:
    explicit SqlCodeListStore(Database &db) : m_db(db) {}

    Result<QList<CodeItem>> items(CodeList list, bool includeRetired) const override;
    Result<CodeItem> item(qint64 id) const override;
    Result<qint64> insert(const CodeItem &item) override;
    Status updateLabels(qint64 id, const QString &labelNl, const QString &labelEn) override;
    Status setRetired(qint64 id, bool retired) override;
    Status remove(qint64 id) override;
    Result<bool> isInUse(const CodeItem &item) const override;

private:
    Database &m_db;
};

} // namespace baken
