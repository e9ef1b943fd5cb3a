#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

// Fixed vocabularies (case types, consultation kinds...) as constexpr tables
// of value, stable key and translatable label (QT_TRANSLATE_NOOP), with the
// lookups every such enum needs.
namespace baken::enumtable {

template<typename E>
struct Entry {
    E value;
    const char *key;
    const char *label;
};

template<typename E, std::size_t N>
const Entry<E> &find(const std::array<Entry<E>, N> &table, E value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return entry;
    return table.front();
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<Entry<E>, N> &table, const QString &key)
{
    for (const auto &entry : table)
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString keyOf(const std::array<Entry<E>, N> &table, E value)
{
    return QString::fromLatin1(find(table, value).key);
}

// `context` is the one the table's QT_TRANSLATE_NOOP entries use.
template<typename E, std::size_t N>
QString labelOf(const char *context, const std::array<Entry<E>, N> &table, E value)
{
    return QCoreApplication::translate(context, find(table, value).label);
}

template<typename E, std::size_t N>
QList<E> valuesOf(const std::array<Entry<E>, N> &table)
{
    QList<E> out;
    for (const auto &entry : table)
        out << entry.value;
    return out;
}

} // namespace baken::enumtable
