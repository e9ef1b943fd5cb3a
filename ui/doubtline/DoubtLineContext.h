#pragma once

#include "cases/CaseContext.h"
#include "doubtline/ConsultationSearch.h"
#include "doubtline/ConsultationService.h"
#include "doubtline/ReferralGuide.h"
#include "doubtline/SqlConsultationStore.h"

namespace baken {
class Vault;
}

namespace baken::ui {

// The stores and the service the doubt-line screens share while a vault is
// unlocked. It holds its own CaseContext for code-list choices and labels
// and for the case store a hand-over writes to. DoubtLinePage owns it.
class DoubtLineContext final {
public:
    explicit DoubtLineContext(Vault &vault);
    DoubtLineContext(const DoubtLineContext &) = delete;
    DoubtLineContext &operator=(const DoubtLineContext &) = delete;

    Vault &vault() { return m_vault; }
    CaseContext &cases() { return m_cases; }
    SqlConsultationStore &store() { return m_store; }
    ConsultationSearch &search() { return m_search; }
    ConsultationService &service() { return m_service; }
    ReferralGuide &guide() { return m_guide; }

    // The staff member chosen last on this computer for this vault (0: none).
    // Kept with QSettings by the UI, like the window state: it names a
    // colleague's code-list item, never a caller.
    qint64 lastStaffId() const;
    void setLastStaffId(qint64 staffId);

private:
    QString staffKey() const;

    Vault &m_vault;
    CaseContext m_cases;
    SqlConsultationStore m_store;
    ConsultationSearch m_search;
    ConsultationService m_service;
    ReferralGuide m_guide;
};

} // namespace baken::ui
