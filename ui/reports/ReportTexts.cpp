#include "ReportTexts.h"

#include "i18n/Bilingual.h"
#include "summary/Period.h"

#include <QLocale>
#include <QStringList>

namespace baken::ui {

namespace {

QString text(const char *source, const QString &language)
{
    return bilingual("baken::ui::reports", source).in(language);
}

QLocale localeFor(const QString &language)
{
    return QLocale(language == u"en" ? QLocale::English : QLocale::Dutch);
}

} // namespace

QString figureText(const summary::Figure &figure, int k, const QString &language)
{
    switch (figure.suppression) {
    case summary::Suppression::Small:
        return u'<' + QString::number(k);
    case summary::Suppression::Secondary:
        return QStringLiteral("x");
    case summary::Suppression::None:
        break;
    }
    return figure.value ? localeFor(language).toString(*figure.value) : QString();
}

QString suppressionReason(const summary::Figure &figure, int k, const QString &language)
{
    switch (figure.suppression) {
    case summary::Suppression::Small:
        return text(QT_TRANSLATE_NOOP("baken::ui::reports",
                                      "Not shown: fewer than %1, so the people behind it could be recognised."),
                    language)
            .arg(k);
    case summary::Suppression::Secondary:
        return text(QT_TRANSLATE_NOOP("baken::ui::reports",
                                      "Not shown: with the totals, it would reveal a figure that is hidden."),
                    language);
    case summary::Suppression::None:
        break;
    }
    return {};
}

QString totalLabel(const QString &language)
{
    return text(QT_TRANSLATE_NOOP("baken::ui::reports", "Total"), language);
}

QString suppressedNote(int count, const QString &language)
{
    if (count <= 0)
        return {};
    if (count == 1)
        return text(QT_TRANSLATE_NOOP("baken::ui::reports", "1 figure suppressed"), language);
    return text(QT_TRANSLATE_NOOP("baken::ui::reports", "%1 figures suppressed"), language).arg(count);
}

QString rulesLine(const summary::Summary &published, const QString &language)
{
    QStringList parts;
    parts << text(QT_TRANSLATE_NOOP("baken::ui::reports", "Period: %1"), language)
                 .arg(summary::periodLabel(published.period).in(language));
    parts
        << text(QT_TRANSLATE_NOOP("baken::ui::reports", "figures below %1 not shown"), language).arg(published.rules.k);
    if (published.rules.mergedUnits.isEmpty()) {
        parts << text(QT_TRANSLATE_NOOP("baken::ui::reports", "no units merged"), language);
    } else {
        QStringList units;
        for (const Bilingual &unit : published.rules.mergedUnits)
            units << unit.in(language);
        parts << text(QT_TRANSLATE_NOOP("baken::ui::reports", "merged into other units: %1"), language)
                     .arg(units.join(QStringLiteral(", ")));
    }
    if (published.rules.otherUnitsSuppressed)
        parts << text(QT_TRANSLATE_NOOP("baken::ui::reports", "other units not shown"), language);
    return parts.join(QStringLiteral(" · "));
}

int suppressedCells(const summary::Table &table)
{
    int count = 0;
    for (const summary::Figure &figure : table.cells)
        count += figure.published() ? 0 : 1;
    return count;
}

} // namespace baken::ui
