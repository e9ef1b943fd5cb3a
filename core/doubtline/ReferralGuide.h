#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace baken {

class Vault;

// The referral guide (wegwijzer): for each referral body, what it does, when
// to go there, what happens next, whether it can act on an anonymous report,
// and how to reach it. Kept in the vault in Dutch and English and editable,
// so every colleague tells a caller the same accurate route.
enum class AnonymousReports { Unknown, Yes, No, Partly };

struct GuideText {
    QString nl;
    QString en;
    QString in(const QString &language) const { return language == u"en" ? en : nl; }
    bool operator==(const GuideText &) const = default;
};

struct GuideEntry {
    qint64 bodyId = 0; // code list ReferralBodies
    GuideText what;    // what the body does
    GuideText when;    // when to go there
    GuideText next;    // what happens next
    AnonymousReports anonymous = AnonymousReports::Unknown;
    GuideText anonymousNote; // e.g. "only for signals, not for a formal report"
    QString contact;         // phone, website, address: the body's, not a person's
    bool operator==(const GuideEntry &) const = default;
};

QString toKey(AnonymousReports value);
std::optional<AnonymousReports> anonymousReportsFromKey(const QString &key);
QString label(AnonymousReports value);

class ReferralGuide {
    Q_DECLARE_TR_FUNCTIONS(baken::ReferralGuide)

public:
    static constexpr int MaxTextLength = 2000;

    explicit ReferralGuide(Vault &vault) : m_vault(vault) {}

    // Entries for the bodies in the code list order; a body without an entry
    // yields an empty one (bodyId set).
    Result<QList<GuideEntry>> entries() const;
    Result<GuideEntry> entry(qint64 bodyId) const;
    // Refuses an unknown body or an over-long text; audited as
    // "guide.changed" with the body id.
    Status save(const GuideEntry &entry);

private:
    Vault &m_vault;
};

// The default guide texts for the built-in referral bodies, by body code
// (schema step 3 seeds them).
struct DefaultGuideEntry {
    const char *bodyCode;
    GuideEntry entry; // bodyId unset
};
QList<DefaultGuideEntry> defaultGuideEntries();

} // namespace baken
