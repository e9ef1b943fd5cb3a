#pragma once

#include "SecureBytes.h"
#include "base/Result.h"

#include <QString>
#include <QStringList>

namespace baken {

// The 256-bit recovery key shown once when a vault is created. It is written
// as 14 groups of 4 characters (Crockford base32: no I, L, O or U, so it can
// be copied by hand); the last group is a checksum that catches typos.
class RecoveryKey {
public:
    static constexpr std::size_t Size = 32;

    static RecoveryKey generate();
    static Result<RecoveryKey> parse(const QString &text);
    static RecoveryKey fromBytes(SecureBytes bytes);

    const SecureBytes &bytes() const { return m_bytes; }
    // "ABCD-EFGH-..." (groups of four joined with dashes).
    QString formatted() const;
    QStringList groups() const;

private:
    SecureBytes m_bytes;
};

} // namespace baken
