#pragma once

#include <QString>
#include <QStringList>

namespace baken {

// Installs Baken's translation for `language` ("nl" or "en") and Qt's own,
// replacing any installed before. Dutch is the default.
bool installTranslations(const QString &language);
QStringList availableLanguages();
// The language installed last ("nl" or "en"): code-list labels follow it.
QString currentLanguage();

} // namespace baken
