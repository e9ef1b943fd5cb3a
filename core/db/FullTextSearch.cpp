#include "FullTextSearch.h"

#include "Database.h"

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace baken {

QString ftsPrefixQuery(const QString &text)
{
    QStringList phrases;
    QStringList tokens;
    QString token;
    const auto endToken = [&] {
        if (!token.isEmpty())
            tokens << std::exchange(token, {});
    };
    const auto endWord = [&] {
        endToken();
        if (!tokens.isEmpty())
            phrases << u'"' + std::exchange(tokens, {}).join(u' ') + u"*\""_qs;
    };
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        if (c.isSpace())
            endWord();
        else if (c.isLetterOrNumber() || (c.isMark() && !token.isEmpty()))
            token += c;
        else
            endToken();
    }
    endWord();
    return phrases.join(u' ');
}

Status mergeFtsSegments(Database &db, const char *table)
{
    const QByteArray merge = QByteArray("INSERT INTO ") + table + " (" + table + ") VALUES ('merge=4000,2')";
    for (;;) {
        const int before = sqlite3_total_changes(db.handle());
        if (auto s = db.exec(merge.constData()); !s)
            return s;
        if (sqlite3_total_changes(db.handle()) - before < 2)
            return {};
    }
}

bool FtsHits::fill(const QString &typed, const QList<Source> &sources) const
{
    sqlite3 *handle = m_db.handle();
    if (typed.isEmpty() || !sqlite3_get_autocommit(handle))
        return false;
    if (m_valid && m_text == typed && m_changes == sqlite3_total_changes(handle))
        return true;
    m_valid = false;
    const QByteArray table = QByteArray("temp.") + m_table;
    const QByteArray create = "CREATE TEMP TABLE IF NOT EXISTS " + QByteArray(m_table) + " (id INTEGER PRIMARY KEY)";
    if (!m_db.exec(create.constData()) || !m_db.exec(QByteArray("DELETE FROM " + table).constData()))
        return false;
    int count = 0;
    for (const Source &source : sources) {
        auto insert = m_db.prepare(QByteArray("INSERT OR IGNORE INTO " + table + ' ' + source.select).constData());
        if (!insert)
            return false;
        for (int i = 0; i < source.values.size(); ++i)
            insert->bind(i + 1, source.values.at(i));
        if (!insert->run())
            return false;
        count += sqlite3_changes(handle); // ids already in the table are not counted again
    }
    m_count = count;
    m_text = typed;
    m_changes = sqlite3_total_changes(handle);
    m_valid = true;
    return true;
}

} // namespace baken
