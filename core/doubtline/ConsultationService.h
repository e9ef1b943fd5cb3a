#pragma once

#include "ConsultationStore.h"
#include "base/Result.h"
#include "codelists/CodeList.h"

#include <QCoreApplication>

namespace baken {

class CaseStore;
class CodeListStore;
class Vault;

// The doubt line's work: logging a consultation or a non-data contact,
// editing it (after the day ends the earlier version is kept), completing a
// callback (which erases the contact detail) and handing a consultation over
// to a confidential advisor as a case. Every call validates first, changes
// nothing when it refuses, and writes in one transaction with its audit entry
// (which names the consultation, never its content).
class ConsultationService {
    Q_DECLARE_TR_FUNCTIONS(baken::ConsultationService)

public:
    ConsultationService(Vault &vault, ConsultationStore &store, CaseStore &cases, const CodeListStore &codes)
        : m_vault(vault)
        , m_store(store)
        , m_cases(cases)
        , m_codes(codes)
    {}

    static constexpr int MaxQuestionLength = 500;
    static constexpr int MaxContactLength = 200;
    static constexpr int MaxMinutes = 600;

    // A consultation or a non-data contact (kind != Consultation: only the
    // time, duration, staff member and channel, nothing else).
    Result<qint64> log(const Consultation &c);
    // One keystroke in the form: a non-data contact now.
    Result<qint64> logNonData(ContactKind kind, const QDateTime &at, qint64 staffId, qint64 channelId);
    // Edits on the day of logging overwrite; later edits keep the old version.
    Status edit(const Consultation &c);
    // Marks the callback done and erases the contact detail.
    Status completeCallback(qint64 id);
    // "Make this a case": a draft case prefilled from the consultation
    // (channel doubt line, topics, question, caller role, unit), anonymous,
    // linked both ways. Returns the draft's id.
    Result<qint64> handOver(qint64 id);

    Status validate(const Consultation &c) const;

private:
    template<typename Fn>
    Status audited(const char *event, qint64 id, Fn &&change);

    Vault &m_vault;
    ConsultationStore &m_store;
    CaseStore &m_cases;
    const CodeListStore &m_codes;
};

} // namespace baken
