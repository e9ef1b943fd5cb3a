#pragma once

#include "base/Result.h"

#include <QString>
#include <QStringList>

namespace baken {

class Database;

// What search as you type shares between the case list and the doubt line
// (CaseSearch, ConsultationSearch): how typed text becomes an FTS4 query,
// and the ids it found, kept for the next keystroke.

// Every typed word becomes one quoted phrase whose last token is a prefix:
// `hoofd` -> "hoofd*", `2026-00` -> "2026 00*", `OR` -> "OR*". Only letters,
// digits and marks reach the MATCH string, so nothing typed is FTS syntax.
// Words are ANDed; empty when nothing searchable was typed.
QString ftsPrefixQuery(const QString &text);

// Merges the segments of the FTS4 table `table` after a bulk load, which
// leaves them a megabyte each: the next row saved would otherwise merge
// sixteen of them at once. FTS4's incremental merge, run until it has
// nothing left to do (after FTS4's 'optimize', SQLCipher 3.4.1's SQLite
// found nothing for a prefix search: LargeDemoTest failed).
Status mergeFtsSegments(Database &db, const char *table);

// The ids the typed text finds, in a temporary table in memory (ids only;
// temp_store is memory), so that the count and the page of one keystroke
// evaluate the full-text query once: a first letter finds nearly every row,
// and building that list of ids twice was most of a keystroke's time. Kept
// while the text and the connection's change count stay the same; never
// filled inside a transaction, whose rollback would empty it unseen.
class FtsHits {
public:
    // `table` names the temporary table (temp.<table>, one column `id`).
    FtsHits(Database &db, const char *table) : m_db(db), m_table(table) {}

    // A query of ids for fill(): its SELECT, and the values bound to its
    // ?1, ?2, ...
    struct Source {
        const char *select;
        QStringList values;
    };

    // Makes temp.<table> hold the ids the sources return for `typed`, each
    // once, unless it already does. False when it could not (nothing typed,
    // inside a transaction, an error): the caller then runs the full-text
    // query inline. Each source is inserted on its own: a UNION of two sets
    // of 50,000 ids sorted them all again and took twice as long.
    bool fill(const QString &typed, const QList<Source> &sources) const;
    bool fill(const QString &typed, const char *select, const QStringList &values) const
    {
        return fill(typed, QList<Source>{{select, values}});
    }

    const char *table() const { return m_table; }
    // How many ids the last successful fill() holds.
    int count() const { return m_count; }

private:
    Database &m_db;
    const char *m_table;
    mutable QString m_text;
    mutable int m_changes = -1;
    mutable int m_count = 0;
    mutable bool m_valid = false;
};

} // namespace baken
