#include "Bilingual.h"

#include <QTranslator>

namespace baken {

namespace {

QString translated(const QString &language, const char *context, const char *source)
{
    // Loaded once per language from the resources that baken_core embeds.
    static const auto load = [](const QString &lang) {
        auto *translator = new QTranslator; // lives as long as the process
        if (!translator->load(QStringLiteral(":/i18n/baken_%1.qm").arg(lang)))
            qWarning("Baken: no embedded %s translation", qPrintable(lang));
        return translator;
    };
    static QTranslator *const nl = load(QStringLiteral("nl"));
    static QTranslator *const en = load(QStringLiteral("en"));
    const QString text = (language == u"en" ? en : nl)->translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace

Bilingual bilingual(const char *context, const char *source)
{
    return {translated(QStringLiteral("nl"), context, source), translated(QStringLiteral("en"), context, source)};
}

} // namespace baken
