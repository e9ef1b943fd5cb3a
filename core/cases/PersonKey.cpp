#include "PersonKey.h"

namespace baken {

QString personKey(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // accents, after decomposition
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += u' ';
            pendingSpace = false;
            out += c.toLower();
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            pendingSpace = true;
        }
    }
    return out;
}

} // namespace baken
