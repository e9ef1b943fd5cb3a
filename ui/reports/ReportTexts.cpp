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

// Every hidden figure reads the same: why it is hidden is never shown (see
// summary::Suppression::Hidden).
QString figureText(const summary::Figure &figure, const QString &language)
{
    if (!figure.published())
        return QStringLiteral("x");
    return figure.value ? localeFor(language).toString(*figure.value) : QString();
}

QString suppressionReason(const summary::Figure &figure, int k, const QString &language)
{
    if (figure.published())
        return {};
    return hiddenExplanation(k, language);
}

QString hiddenExplanation(int k, const QString &language)
{
    return text(QT_TRANSLATE_NOOP("baken::ui::reports", "Not published: from 1 to %1, or left out so that such a "
                                                        "figure cannot be worked out."),
                language)
        .arg(k - 1);
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
    if (!published.coverage.isEmpty())
        parts << (published.coverage.size() == 1
                      ? text(QT_TRANSLATE_NOOP("baken::ui::reports", "from one source"), language)
                      : text(QT_TRANSLATE_NOOP("baken::ui::reports", "combined from %1 sources"), language)
                            .arg(published.coverage.size()));
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
