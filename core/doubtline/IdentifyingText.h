#pragma once


#include <QList>
#include <QString>
#include <QStringList>

namespace baken {

// Finds what in a free-text field looks identifying, so the form can warn
// before saving: e-mail addresses, phone numbers (Dutch and international
// forms) and names from a user-editable list (whole words, case and accents
// ignored). A warning, not a filter: the colleague decides.
struct IdentifyingMatch {
    enum class Kind { Email, Phone, Name };
    Kind kind;
    QString text; // the matched text as it appears
    qsizetype position = 0;
    qsizetype length = 0;
};

QList<IdentifyingMatch> findIdentifying(const QString &text, const QStringList &names);

// Common first names and surnames in the Netherlands: the list a new vault
// starts with.
QStringList defaultIdentifyingNames();

} // namespace baken
