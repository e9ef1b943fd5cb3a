#include "CaseNumber.h"

#include <QRegularExpression>

namespace baken {

QString CaseNumber::toString() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<CaseNumber> CaseNumber::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})-(\\d{1,6})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const CaseNumber number{match.captured(1).toInt(), match.captured(2).toInt()};
    if (number.sequence <= 0)
        return std::nullopt;
    return number;
}

} // namespace baken
