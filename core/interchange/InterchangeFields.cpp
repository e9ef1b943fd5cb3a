#include "InterchangeReader.h"
#include "PersonalData.h"

#include <QJsonArray>

namespace baken::interchange {

Fields::Fields(const QJsonValue &value, QString where, QString &problem)
    : m_object(value.toObject())
    , m_where(std::move(where))
    , m_problem(problem)
{
    if (!value.isObject())
        fail(tr("must be an object with named fields"));
}

void Fields::fail(const QString &message)
{
    if (!failed())
        m_problem = tr("%1: %2").arg(m_where, message);
}

void Fields::finish()
{
    // Checked first, with its own message: a hand-made file must not bring
    // names or contact details into a vault this way.
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && !failed(); ++it)
        if (isPersonalDataKey(it.key()))
            fail(tr("\"%1\" is personal data, which an interchange file never holds: names and contact details "
                    "leave a vault only in the data-subject extract")
                     .arg(it.key()));
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && !failed(); ++it)
        if (!m_read.contains(it.key()))
            fail(tr("\"%1\" is not a field of this format version").arg(it.key()));
}

std::optional<QJsonValue> Fields::field(QLatin1String key, bool nullable)
{
    if (failed())
        return std::nullopt;
    m_read.insert(key);
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        fail(tr("\"%1\" is missing").arg(key));
        return std::nullopt;
    }
    if (value.isNull() && !nullable) {
        fail(tr("\"%1\" cannot be null").arg(key));
        return std::nullopt;
    }
    return value;
}

void Fields::wrongType(QLatin1String key, const QString &expected)
{
    fail(tr("\"%1\" must be %2").arg(key, expected));
}

void Fields::null(QLatin1String key, const QString &message)
{
    const auto value = field(key, true);
    if (value && !value->isNull())
        fail(message);
}

QString Fields::text(QLatin1String key, int maxLength)
{
    const auto value = field(key, false);
    if (!value)
        return {};
    if (!value->isString()) {
        wrongType(key, tr("text"));
        return {};
    }
    QString out = value->toString();
    if (out.size() > maxLength) {
        fail(tr("\"%1\" is longer than %2 characters").arg(key).arg(maxLength));
        return {};
    }
    return out.isNull() ? QString(u""_qs) : out;
}

bool Fields::flag(QLatin1String key)
{
    const auto value = field(key, false);
    if (value && !value->isBool())
        wrongType(key, tr("true or false"));
    return value && value->toBool();
}

int Fields::integer(QLatin1String key, int min, int max)
{
    const auto value = field(key, false);
    if (!value)
        return 0;
    const double number = value->toDouble();
    if (!value->isDouble() || number != double(qint64(number))) {
        wrongType(key, tr("a whole number"));
        return 0;
    }
    if (number < min || number > max) {
        fail(tr("\"%1\" must be between %2 and %3").arg(key).arg(min).arg(max));
        return 0;
    }
    return int(number);
}

QDate Fields::date(QLatin1String key, bool nullable)
{
    const auto value = field(key, nullable);
    if (!value || value->isNull())
        return {};
    // Only the canonical form, so that a round trip gives the same bytes.
    const QDate out = QDate::fromString(value->toString(), Qt::ISODate);
    if (!value->isString() || !out.isValid() || out.toString(Qt::ISODate) != value->toString()) {
        wrongType(key, tr("a date written as YYYY-MM-DD"));
        return {};
    }
    return out;
}

QDateTime Fields::time(QLatin1String key, bool nullable)
{
    const auto value = field(key, nullable);
    if (!value || value->isNull())
        return {};
    const QDateTime out = QDateTime::fromString(value->toString(), Qt::ISODateWithMs);
    // A time without a zone would be read as local time, which differs
    // between the exporting and the importing computer.
    if (!value->isString() || !out.isValid() || out.timeSpec() == Qt::LocalTime) {
        wrongType(key, tr("a date and time in ISO 8601 with a time zone, such as 2026-03-01T09:30:00.000Z"));
        return {};
    }
    return out.toUTC();
}

QDateTime Fields::localTime(QLatin1String key, bool nullable)
{
    const auto value = field(key, nullable);
    if (!value || value->isNull())
        return {};
    static const QString format = QStringLiteral("yyyy-MM-dd'T'HH:mm");
    const QDateTime out = QDateTime::fromString(value->toString(), format);
    if (!value->isString() || !out.isValid() || out.toString(format) != value->toString()) {
        wrongType(key, tr("a local time written as YYYY-MM-DDTHH:MM, without a time zone"));
        return {};
    }
    return out;
}

QJsonArray Fields::array(QLatin1String key)
{
    const auto value = field(key, false);
    if (value && !value->isArray())
        wrongType(key, tr("a list"));
    return value ? value->toArray() : QJsonArray();
}

QJsonValue Fields::object(QLatin1String key)
{
    const auto value = field(key, false);
    if (value && !value->isObject())
        wrongType(key, tr("an object with named fields"));
    return value ? *value : QJsonValue(QJsonObject());
}

QString Fields::choice(QLatin1String key, const QStringList &allowed)
{
    const auto value = field(key, false);
    if (!value)
        return {};
    if (!value->isString() || !allowed.contains(value->toString())) {
        fail(tr("\"%1\" must be one of: %2").arg(key, allowed.join(u", ")));
        return {};
    }
    return value->toString();
}

qint64 Fields::code(QLatin1String key, CodeList list, const CodeResolver &codes, bool nullable)
{
    const auto value = field(key, nullable);
    if (!value || value->isNull())
        return 0;
    if (!value->isString()) {
        wrongType(key, tr("a code from the list \"%1\"").arg(codeListKey(list)));
        return 0;
    }
    const auto id = codes.find(list, value->toString());
    if (!id) {
        fail(tr("\"%1\": the code \"%2\" is neither in this vault's list \"%3\" nor defined in the file")
                 .arg(key, value->toString(), codeListKey(list)));
        return 0;
    }
    return *id;
}

QList<qint64> Fields::codes(QLatin1String key, CodeList list, const CodeResolver &codes)
{
    QList<qint64> out;
    const QJsonArray items = array(key);
    for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
        const QString item = items.at(i).toString();
        const auto id = codes.find(list, item);
        if (!items.at(i).isString() || !id) {
            fail(tr("\"%1\": the code \"%2\" is neither in this vault's list \"%3\" nor defined in the file")
                     .arg(key, items.at(i).isString() ? item : tr("(not text)"), codeListKey(list)));
        } else if (out.contains(*id)) {
            fail(tr("\"%1\" names the code \"%2\" twice").arg(key, item));
        } else {
            out << *id;
        }
    }
    return out;
}

} // namespace baken::interchange
