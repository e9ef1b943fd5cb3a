#pragma once

#include "InterchangeData.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

// Reading a document: every field's type and value, and the rules that
// CaseService enforces on entry, before anything is written. The first
// problem refuses the document, named by its record and field.
namespace baken::interchange {

// (list, code) -> item id: the target vault's items, plus provisional
// negative ids for items only the document defines (written later).
class CodeResolver {
public:
    void add(CodeList list, const QString &code, qint64 id) { m_ids.insert(keyOf(list, code), id); }
    std::optional<qint64> find(CodeList list, const QString &code) const
    {
        const auto it = m_ids.constFind(keyOf(list, code));
        return it == m_ids.cend() ? std::nullopt : std::optional<qint64>(*it);
    }

private:
    static QString keyOf(CodeList list, const QString &code) { return codeListKey(list) + u'\n' + code; }
    QHash<QString, qint64> m_ids;
};

// The fields of one JSON object. Every read checks presence, type and range;
// the first problem is kept with its place, and later reads return empty
// values, so callers read on and check failed() once per record.
class Fields {
    Q_DECLARE_TR_FUNCTIONS(baken::Interchange)

public:
    Fields(const QJsonValue &value, QString where, QString &problem);

    bool failed() const { return !m_problem.isEmpty(); }
    const QString &where() const { return m_where; }
    void setWhere(const QString &where) { m_where = where; }
    void fail(const QString &message);
    // Fails on a personal-data key (PersonalData.h), then on keys that were
    // never read: version 1 has no optional extras.
    void finish();

    bool contains(QLatin1String key) const { return m_object.contains(key); }
    bool isNull(QLatin1String key) const { return m_object.value(key).isNull(); }
    // A nested object; its problems are the record's problems.
    Fields nested(const QJsonValue &value, const QString &where) const { return Fields(value, where, m_problem); }
    // A key that must be present and null; `message` when it is not.
    void null(QLatin1String key, const QString &message);
    QString text(QLatin1String key, int maxLength);
    bool flag(QLatin1String key);
    int integer(QLatin1String key, int min, int max);
    QDate date(QLatin1String key, bool nullable);
    QDateTime time(QLatin1String key, bool nullable);
    // A local wall-clock time to the minute, "2026-03-10T19:00" (version 3 on).
    QDateTime localTime(QLatin1String key, bool nullable);
    QJsonArray array(QLatin1String key);
    QJsonValue object(QLatin1String key);
    QString choice(QLatin1String key, const QStringList &allowed);
    qint64 code(QLatin1String key, CodeList list, const CodeResolver &codes, bool nullable);
    QList<qint64> codes(QLatin1String key, CodeList list, const CodeResolver &codes);

private:
    std::optional<QJsonValue> field(QLatin1String key, bool nullable);
    void wrongType(QLatin1String key, const QString &expected);

    QJsonObject m_object;
    QString m_where;
    QString &m_problem;
    QSet<QString> m_read;
};

// Format, version, exportedAt, settings and code lists. NewerVersion for a
// document from a newer Baken, InvalidInput for anything else.
Status readHeader(const QJsonObject &root, Document &doc);
// The cases, with code references resolved through `codes`.
Status readCases(const QJsonObject &root, const CodeResolver &codes, Document &doc);
// One case (in InterchangeCaseReader.cpp); the timeline and the rest in
// InterchangeActivityReader.cpp.
CaseBundle readCase(Fields &fields, int index, const CodeResolver &codes);
void readActivities(Fields &fields, const CodeResolver &codes, CaseBundle &bundle);

} // namespace baken::interchange
