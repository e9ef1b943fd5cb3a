#pragma once

#include "Consultation.h"
#include "base/Result.h"
#include "db/FullTextSearch.h"

namespace baken {

class Database;

// Search as you type over the doubt line: the consultations whose question
// holds every typed word (the last one as a prefix, accents ignored, by the
// same rules as the case list, db/FullTextSearch.h), newest first. Pages
// through SQL: a list never holds more than the rows it shows.
class ConsultationSearch {
public:
    explicit ConsultationSearch(Database &db) : m_db(db) {}

    Result<int> count(const QString &text) const;
    // Newest first. Each row holds what a list shows, the question included;
    // never the callback contact (personal data) nor the topics.
    Result<QList<Consultation>> page(const QString &text, int offset, int limit) const;

    // Up to this many hits the page reads them by id and sorts them; with
    // more it walks the consultations newest first and stops after the page.
    static constexpr int FewHits = 4000;

private:
    Database &m_db;
    FtsHits m_hits{m_db, "consultation_search_hits"};
};

} // namespace baken
