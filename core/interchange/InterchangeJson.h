#pragma once

#include "InterchangeData.h"
#include "db/SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

// Writing a document: the value conventions of docs/interchange.md, shared
// by the case and the doubt-line parts of the writer.
namespace baken::interchange {

inline QJsonValue dateJson(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue timeJson(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(sql::timeText(value)) : QJsonValue(QJsonValue::Null);
}

// Stable codes instead of database ids, which differ from vault to vault.
class CodeNames {
public:
    explicit CodeNames(const Document &doc)
    {
        for (const auto &items : doc.codeLists)
            for (qsizetype i = 0; i < items.size(); ++i)
                m_codes.insert(items.at(i).id, {items.at(i).code, i});
    }
    QJsonValue operator()(qint64 id) const
    {
        return id > 0 && m_codes.contains(id) ? QJsonValue(m_codes.value(id).code) : QJsonValue(QJsonValue::Null);
    }
    QJsonArray operator()(const QList<qint64> &ids) const
    {
        QJsonArray out;
        for (const qint64 id : ids)
            out.append((*this)(id));
        return out;
    }
    // In list order rather than id order, which differs between vaults.
    QJsonArray inListOrder(QList<qint64> ids) const
    {
        std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) { return rank(a) < rank(b); });
        return (*this)(ids);
    }
    qsizetype rank(qint64 id) const { return m_codes.value(id, {{}, -1}).rank; }

private:
    struct Name {
        QString code;
        qsizetype rank = -1;
    };
    QHash<qint64, Name> m_codes;
};

} // namespace baken::interchange
