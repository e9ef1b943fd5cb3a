#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace baken::test {

// Canary strings and a search for them in files and captured output.
//
// A canary is "CANARY-<module>-<field>-<12 random letters>". The search is
// case-insensitive and looks for UTF-8 and UTF-16LE, both for the word
// "canary" and for each canary's random tail on its own, so that text cut
// into words (an FTS index keeps lower-case tokens) is found as well as text
// kept whole. Letters only, so that no doubt-line or group check takes the
// tail for a phone number.
class LeakScan {
public:
    struct Hit {
        QString where; // a file path or the name of a captured stream
        qsizetype offset = 0;
        QString form;    // "utf-8" or "utf-16le"
        QString canary;  // the canary it belongs to, or "" when only the word was found
        QString context; // a few printable characters around the hit
    };

    // A new canary for `module` and `field`, remembered for the search.
    QString canary(const QString &module, const QString &field);
    QStringList canaries() const { return m_canaries; }
    // The canaries of `module` ("cases", "cli", ...).
    QStringList canariesOf(const QString &module) const;

    // Searches every file under `root` (recursively, hidden files too) except
    // the paths in `excluded`; adds to the figures below.
    void scanTree(const QString &root, const QStringList &excluded = {});
    void scanFile(const QString &path);
    // Captured output (stderr of a process, Qt's messages) under `name`.
    void scanBytes(const QString &name, const QByteArray &bytes);

    const QList<Hit> &hits() const { return m_hits; }
    int filesScanned() const { return m_files; }
    int streamsScanned() const { return m_streams; }
    qint64 bytesScanned() const { return m_bytes; }
    QStringList filesSeen() const { return m_seen; }
    // One line for scripts: "leak-search: canaries=N files=N streams=N bytes=N hits=N".
    QString summaryLine() const;
    // Each hit on a line, for a failure message.
    QString describeHits() const;

private:
    void search(const QString &where, const QByteArray &bytes);
    QString canaryNear(const QByteArray &lowered, qsizetype at, int charWidth) const;

    QStringList m_canaries;
    QStringList m_tails; // lower-case random tails, same order
    QList<Hit> m_hits;
    QStringList m_seen;
    int m_files = 0;
    int m_streams = 0;
    qint64 m_bytes = 0;
};

} // namespace baken::test
