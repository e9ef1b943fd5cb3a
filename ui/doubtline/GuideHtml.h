#pragma once

#include "doubtline/ReferralGuide.h"

#include <QCoreApplication>
#include <QString>

namespace baken::ui {

// A referral-guide entry as the form shows it: rich text in the UI
// language, falling back to the other language where a text is missing.
class GuideHtml final {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::GuideHtml)

public:
    static QString html(const GuideEntry &entry, const QString &bodyName, const QString &language);
    // What the guide box says while no body is chosen.
    static QString hint();
};

} // namespace baken::ui
