#pragma once

#include "groups/Group.h"

#include <QDialog>

#include <memory>

namespace Ui {
class GroupDialog;
}

namespace baken::ui {

class GroupContext;

// Creates or edits a group: theme, description, facilitators, capacity,
// place and link, the series (first session, duration, recurrence, a count
// or a last day) and the aftercare rules. The session dates show as a
// preview while the facilitator types, so "every month" is plain to see.
// A refusal stays in the dialog in words.
class GroupDialog final : public QDialog {
    Q_OBJECT

public:
    GroupDialog(GroupContext &context, const PeerGroup &group, QWidget *parent = nullptr);
    ~GroupDialog() override;

    void accept() override;
    // The group as the fields describe it now.
    PeerGroup group() const;
    // A new group's defaults: a monthly series of six in the evening, the
    // first a week from today.
    static PeerGroup newGroup();

Q_SIGNALS:
    void groupSaved(qint64 groupId);

private:
    void updatePreview();
    void updateEnds();
    void showError(const QString &message);

    std::unique_ptr<::Ui::GroupDialog> m_ui;
    GroupContext &m_context;
    PeerGroup m_group;
};

} // namespace baken::ui
