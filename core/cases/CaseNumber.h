#pragma once

#include <QString>

#include <optional>

namespace baken {

// Case numbers are a yearly sequence: "2026-0042". Four digits at least,
// more when a year has more than 9999 cases.
struct CaseNumber {
    int year = 0;
    int sequence = 0;

    QString toString() const;
    static std::optional<CaseNumber> parse(const QString &text);
};

} // namespace baken
