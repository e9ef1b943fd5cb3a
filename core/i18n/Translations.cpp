#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace baken {

namespace {
std::vector<std::unique_ptr<QTranslator>> s_installed;
}

QString currentLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("nl");
}

QStringList availableLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

bool installTranslations(const QString &language)
{
    for (auto &translator : s_installed)
        QCoreApplication::removeTranslator(translator.get());
    s_installed.clear();

    const QString lang = availableLanguages().contains(language) ? language : QStringLiteral("nl");
    QLocale::setDefault(QLocale(lang == u"nl" ? QLocale::Dutch : QLocale::English,
                                lang == u"nl" ? QLocale::Netherlands : QLocale::UnitedKingdom));

    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/baken_%1.qm").arg(lang));
    if (loaded) {
        QCoreApplication::installTranslator(own.get());
        s_installed.push_back(std::move(own));
    }
    // Qt's own strings (buttons in standard dialogs), from qt6-translations-l10n.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        s_installed.push_back(std::move(qt));
    }
    return loaded;
}

} // namespace baken
