#include "CsvMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace baken::csv {

namespace {

constexpr auto FormatName = "baken-csv-mapping";
constexpr int FormatVersion = 1;

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

} // namespace

Mapping Mapping::guess(const QStringList &header)
{
    Mapping mapping;
    QHash<Field, int> bestRank;
    for (int column = 0; column < header.size(); ++column) {
        const auto match = fieldForHeader(header.at(column));
        if (!match)
            continue;
        if (mapping.m_columns.contains(match->field) && bestRank.value(match->field) <= match->rank)
            continue;
        mapping.m_columns.insert(match->field, column);
        bestRank.insert(match->field, match->rank);
    }
    return mapping;
}

void Mapping::setColumn(Field field, int column)
{
    if (column < 0) {
        m_columns.remove(field);
        return;
    }
    if (auto other = fieldOfColumn(column))
        m_columns.remove(*other);
    m_columns.insert(field, column);
}

std::optional<Field> Mapping::fieldOfColumn(int column) const
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        if (it.value() == column)
            return it.key();
    return std::nullopt;
}

void Mapping::setValue(Field field, const QString &fileValue, const QString &code)
{
    m_values[field].insert(normalized(fileValue), {fileValue.simplified(), code});
}

void Mapping::clearValue(Field field, const QString &fileValue)
{
    auto it = m_values.find(field);
    if (it == m_values.end())
        return;
    it->remove(normalized(fileValue));
    if (it->isEmpty())
        m_values.erase(it);
}

std::optional<QString> Mapping::value(Field field, const QString &fileValue) const
{
    const auto it = m_values.constFind(field);
    if (it == m_values.cend())
        return std::nullopt;
    const auto found = it->constFind(normalized(fileValue));
    if (found == it->cend())
        return std::nullopt;
    return found->second;
}

QList<std::pair<QString, QString>> Mapping::values(Field field) const
{
    QList<std::pair<QString, QString>> out;
    for (const auto &entry : m_values.value(field))
        out << entry;
    return out;
}

QByteArray Mapping::toJson(const QStringList &header) const
{
    QJsonObject columns;
    QJsonObject values;
    for (const Field field : allFields()) {
        const int col = column(field);
        columns.insert(fieldKey(field), col >= 0 && col < header.size() ? QJsonValue(header.at(col)) : QJsonValue());
        if (!isChoice(field))
            continue;
        QJsonObject chosen;
        for (const auto &[fileValue, code] : this->values(field))
            chosen.insert(fileValue, code);
        if (!chosen.isEmpty())
            values.insert(fieldKey(field), chosen);
    }
    QJsonObject root{{u"format"_qs, QLatin1String(FormatName)},
                     {u"version"_qs, FormatVersion},
                     {u"columns"_qs, columns},
                     {u"values"_qs, values}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<Mapping> Mapping::fromJson(const QByteArray &json, const QStringList &header)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The mapping file is not valid JSON: %1 (at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(u"format").toString() != QLatin1String(FormatName))
        return invalid(tr("This is not a Baken mapping file."));
    if (root.value(u"version").toInt() != FormatVersion)
        return invalid(tr("This mapping file was written by another version of Baken; write a new one with "
                          "--write-mapping."));
    Mapping mapping;
    const QJsonObject columns = root.value(u"columns").toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field)
            return invalid(tr("The mapping file names a field Baken does not know: \"%1\".").arg(it.key()));
        if (it.value().isNull() || it.value().toString().isEmpty())
            continue;
        const QString name = it.value().toString();
        const qsizetype first = header.indexOf(name);
        if (first < 0)
            return invalid(tr("The mapping file names the column \"%1\", which this file does not have.").arg(name));
        if (header.indexOf(name, first + 1) >= 0)
            return invalid(
                tr("The file has two columns named \"%1\"; give them different names in the spreadsheet.").arg(name));
        if (auto other = mapping.fieldOfColumn(int(first)))
            return invalid(tr("The mapping file gives the column \"%1\" to two fields: \"%2\" and \"%3\".")
                               .arg(name, fieldLabel(*other), fieldLabel(*field)));
        mapping.setColumn(*field, int(first));
    }
    const QJsonObject values = root.value(u"values").toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field || !isChoice(*field))
            return invalid(
                tr("The mapping file maps values of \"%1\", which is not a field with a list.").arg(it.key()));
        const QJsonObject chosen = it.value().toObject();
        for (auto v = chosen.begin(); v != chosen.end(); ++v) {
            if (!v.value().isString())
                return invalid(tr("In the mapping file, the value \"%1\" of \"%2\" needs a code in quotes (\"\" to "
                                  "leave it empty).")
                                   .arg(v.key(), it.key()));
            mapping.setValue(*field, v.key(), v.value().toString());
        }
    }
    return mapping;
}

} // namespace baken::csv
