#include "LeakScan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

namespace baken::test {

namespace {

const QByteArray Word = QByteArrayLiteral("canary");
constexpr qsizetype Reach = 120; // bytes after the word in which its tail is looked for

QByteArray utf16le(const QByteArray &ascii)
{
    QByteArray wide;
    wide.reserve(ascii.size() * 2);
    for (const char c : ascii) {
        wide.append(c);
        wide.append('\0');
    }
    return wide;
}

// ASCII letters folded to lower case; every other byte as it was, so that
// offsets and UTF-16LE code units stay where they were.
QByteArray folded(const QByteArray &bytes)
{
    QByteArray lower(bytes);
    for (char &c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

QString printable(const QByteArray &bytes, qsizetype at, int width)
{
    QString text;
    const qsizetype from = qMax<qsizetype>(0, at - 16 * width);
    const qsizetype to = qMin<qsizetype>(bytes.size(), at + 60 * width);
    for (qsizetype i = from; i < to; i += width) {
        const char c = bytes.at(i);
        text.append(c >= 0x20 && c < 0x7f ? QChar::fromLatin1(c) : u'.');
    }
    return text;
}

} // namespace

QString LeakScan::canary(const QString &module, const QString &field)
{
    QString tail;
    for (int i = 0; i < 12; ++i)
        tail.append(QChar(u'a' + QRandomGenerator::global()->bounded(26)));
    const QString text = QStringLiteral("CANARY-%1-%2-%3").arg(module, field, tail);
    m_canaries << text;
    m_tails << tail;
    return text;
}

QStringList LeakScan::canariesOf(const QString &module) const
{
    const QString prefix = QStringLiteral("CANARY-%1-").arg(module);
    QStringList found;
    for (const QString &c : m_canaries)
        if (c.startsWith(prefix))
            found << c;
    return found;
}

void LeakScan::scanTree(const QString &root, const QStringList &excluded)
{
    QSet<QString> skip;
    for (const QString &path : excluded)
        skip.insert(QFileInfo(path).absoluteFilePath());
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
        if (!skip.contains(path))
            scanFile(path);
    }
}

void LeakScan::scanFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // A file the search cannot read is a file it cannot vouch for.
        m_hits.append({path, 0, QStringLiteral("unreadable"), {}, file.errorString()});
        return;
    }
    const QByteArray bytes = file.readAll();
    ++m_files;
    m_seen << path;
    m_bytes += bytes.size();
    search(path, bytes);
}

void LeakScan::scanBytes(const QString &name, const QByteArray &bytes)
{
    ++m_streams;
    m_bytes += bytes.size();
    search(name, bytes);
}

void LeakScan::search(const QString &where, const QByteArray &bytes)
{
    const QByteArray lower = folded(bytes);
    for (const int width : {1, 2}) {
        const QString form = width == 1 ? QStringLiteral("utf-8") : QStringLiteral("utf-16le");
        const QByteArray word = width == 1 ? Word : utf16le(Word);
        QList<qsizetype> wordHits;
        for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            wordHits << at;
            m_hits.append({where, at, form, canaryNear(lower, at, width), printable(bytes, at, width)});
        }
        // A tail on its own: the word was cut off or tokenised away.
        for (qsizetype i = 0; i < m_tails.size(); ++i) {
            const QByteArray tail = width == 1 ? m_tails[i].toLatin1() : utf16le(m_tails[i].toLatin1());
            for (qsizetype at = lower.indexOf(tail); at >= 0; at = lower.indexOf(tail, at + 1)) {
                const bool partOfWordHit = std::any_of(wordHits.cbegin(), wordHits.cend(),
                                                       [&](qsizetype w) { return w < at && at - w <= Reach * width; });
                if (!partOfWordHit)
                    m_hits.append({where, at, form, m_canaries[i], printable(bytes, at, width)});
            }
        }
    }
}

QString LeakScan::canaryNear(const QByteArray &lowered, qsizetype at, int width) const
{
    const QByteArray window = lowered.mid(at, Reach * width);
    for (qsizetype i = 0; i < m_tails.size(); ++i) {
        const QByteArray tail = width == 1 ? m_tails[i].toLatin1() : utf16le(m_tails[i].toLatin1());
        if (window.contains(tail))
            return m_canaries[i];
    }
    return {};
}

QString LeakScan::summaryLine() const
{
    return QStringLiteral("leak-search: canaries=%1 files=%2 streams=%3 bytes=%4 hits=%5")
        .arg(m_canaries.size())
        .arg(m_files)
        .arg(m_streams)
        .arg(m_bytes)
        .arg(m_hits.size());
}

QString LeakScan::describeHits() const
{
    QStringList lines;
    for (const Hit &hit : m_hits)
        lines << QStringLiteral("%1 @%2 (%3) %4: %5")
                     .arg(hit.where)
                     .arg(hit.offset)
                     .arg(hit.form, hit.canary.isEmpty() ? QStringLiteral("canary word") : hit.canary, hit.context);
    return lines.join(u'\n');
}

} // namespace baken::test
