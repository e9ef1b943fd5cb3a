#pragma once

#include "doubtline/ReferralGuide.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReferralGuideDialog;
}

namespace baken {
class SqlCodeListStore;
class Vault;
} // namespace baken

namespace baken::ui {

// Edits the referral guide: one entry per referral body, Dutch and English
// side by side. An entry is saved when the user saves, picks another body or
// closes, so nothing typed is lost; a refusal keeps the entry on screen with
// the reason.
class ReferralGuideDialog final : public QDialog {
    Q_OBJECT

public:
    // Opens on `bodyId`'s entry, or the first body when 0.
    explicit ReferralGuideDialog(Vault &vault, qint64 bodyId = 0, QWidget *parent = nullptr);
    ~ReferralGuideDialog() override;

    // Saves the entry on screen if it changed; false (reason shown) if refused.
    bool saveCurrent();
    qint64 currentBodyId() const;
    void selectBody(qint64 bodyId);
    void reject() override;

Q_SIGNALS:
    void guideChanged(qint64 bodyId);

private:
    void showEntry(int row);
    GuideEntry entryOnScreen() const;
    void showMessage(const QString &message, bool error);

    std::unique_ptr<::Ui::ReferralGuideDialog> m_ui;
    std::unique_ptr<SqlCodeListStore> m_codes;
    ReferralGuide m_guide;
    QList<GuideEntry> m_entries;
    int m_row = -1;
    bool m_loading = false;
    bool m_dirty = false;
};

} // namespace baken::ui
