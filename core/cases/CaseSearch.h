#pragma once

#include "CaseTypes.h"
#include "base/Result.h"
#include "db/FullTextSearch.h"

#include <QDate>
#include <QList>
#include <QString>

namespace baken {

class Database;

// What the case list asks for. Empty lists and zero ids mean "any".
struct CaseFilter {
    QString text; // search as you type: number, pseudonym, text and notes (FTS4 prefix)
    QList<CaseStatus> statuses;
    QList<CaseType> types;
    qint64 groundId = 0;
    qint64 unitId = 0;
    QDate from; // intake date, inclusive
    QDate to;
    bool overdueOnly = false; // with an open follow-up due before today
    bool includeDrafts = false;
    bool operator==(const CaseFilter &) const = default;
};

// GCC 12 takes the scoped enumerator `Status` for a shadow of baken::Status
// (-Wshadow false positive on scoped enums); it can only be named qualified.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
enum class CaseSortColumn { Number, IntakeDate, Type, Status, Unit, NextFollowUp };
#pragma GCC diagnostic pop

struct CaseSort {
    CaseSortColumn column = CaseSortColumn::IntakeDate;
    bool descending = true;
};

// One row of the case list: only what the list shows, never the case text.
struct CaseSummary {
    qint64 id = 0;
    QString number; // empty for a draft
    bool draft = false;
    QDate intakeDate;
    CaseType type = CaseType::Question;
    CaseStatus status = CaseStatus::New;
    QString pseudonym;
    qint64 unitId = 0;
    QDate nextDue; // earliest open follow-up
    bool overdue = false;
};

// Read-only queries behind the case list. Pages through SQL: a list never
// holds more than the rows it shows.
class CaseSearch {
public:
    explicit CaseSearch(Database &db) : m_db(db) {}

    Result<int> count(const CaseFilter &filter) const;
    Result<QList<CaseSummary>> page(const CaseFilter &filter, const CaseSort &sort, int offset, int limit) const;
    // The page that follows `last`, the last row of the list so far (which
    // holds `offset` rows). In intake-date order it starts after that row's
    // key, so a page deep in the list costs what the first one does and a
    // case added or removed above it neither repeats nor skips a row; the
    // other orders (sorted by computed keys) still page by offset.
    Result<QList<CaseSummary>> pageAfter(const CaseFilter &filter, const CaseSort &sort, const CaseSummary &last,
                                         int offset, int limit) const;

private:
    Result<QList<CaseSummary>> read(const CaseFilter &filter, const CaseSort &sort, const CaseSummary *after,
                                    int offset, int limit) const;
    // The ids the typed text finds, kept for the next keystroke (FtsHits).
    bool fillHits(const QString &text) const;
    // Search as you type with nothing else chosen counts the hits instead of
    // walking every case (12 of a keystroke's 25 ms at 50,000 cases).
    static bool onlyText(const CaseFilter &filter);
    Result<int> countHits(bool includeDrafts) const;

    Database &m_db;
    FtsHits m_hits{m_db, "case_search_hits"};
};

} // namespace baken
