#pragma once

#include "cases/CaseContext.h"
#include "doubtline/SqlConsultationStore.h"
#include "groups/GroupService.h"
#include "groups/SqlGroupStore.h"

namespace baken {
class Vault;
}

namespace baken::ui {

// The stores and the service the group screens share while a vault is
// unlocked. It holds a CaseContext for the facilitators' code list and its
// labels, and to look up the case or consultation someone came from.
// GroupsPage owns it, so it goes with the workspace on lock.
class GroupContext final {
public:
    explicit GroupContext(Vault &vault);
    GroupContext(const GroupContext &) = delete;
    GroupContext &operator=(const GroupContext &) = delete;

    Vault &vault() { return m_vault; }
    CaseContext &cases() { return m_cases; }
    SqlConsultationStore &consultations() { return m_consultations; }
    SqlGroupStore &store() { return m_store; }
    GroupService &service() { return m_service; }

    // The calendar UID of a group: the same for every export of that group
    // from this vault, so a calendar updates the series instead of adding it.
    QString calendarUid(qint64 groupId);

private:
    Vault &m_vault;
    CaseContext m_cases;
    SqlConsultationStore m_consultations;
    SqlGroupStore m_store;
    GroupService m_service;
};

} // namespace baken::ui
