#pragma once

#include <QString>

namespace baken {

// A text in both UI languages, for what is written once and read in either
// (an anonymised summary is printed in Dutch or English whatever the UI
// language is).
struct Bilingual {
    QString nl;
    QString en;
    QString in(const QString &language) const { return language == u"en" ? en : nl; }
    bool operator==(const Bilingual &) const = default;
};

// `source` in both languages, from the embedded translations. Mark the source
// for lupdate where it is written:
//     bilingual("baken::summary", QT_TRANSLATE_NOOP("baken::summary", "Cases by type"))
Bilingual bilingual(const char *context, const char *source);

} // namespace baken
