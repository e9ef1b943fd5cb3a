#include "RecoveryKey.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <QStringList>

#include <sodium.h>

#include <array>

namespace baken {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int KeyChars = 52;     // 256 bits in base32, last 4 bits zero
constexpr int ChecksumChars = 4; // 20 bits of BLAKE2b over the key
constexpr int GroupSize = 4;

int decodeChar(QChar c)
{
    c = c.toUpper();
    // Crockford's rules: letters easily misread as digits mean those digits.
    if (c == u'O')
        c = u'0';
    if (c == u'I' || c == u'L')
        c = u'1';
    for (int i = 0; i < 32; ++i)
        if (c == QLatin1Char(Alphabet[i]))
            return i;
    return -1;
}

QString checksum(const unsigned char *key)
{
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), key, RecoveryKey::Size, nullptr, 0);
    const quint32 bits = (quint32(hash[0]) << 12) | (quint32(hash[1]) << 4) | (quint32(hash[2]) >> 4);
    QString out;
    for (int i = ChecksumChars - 1; i >= 0; --i)
        out += QLatin1Char(Alphabet[(bits >> (i * 5)) & 31]);
    return out;
}

Error invalid(const QString &why)
{
    return Error{ErrorCode::InvalidInput, why};
}

} // namespace

RecoveryKey RecoveryKey::generate()
{
    ensureSodium();
    SecureBytes bytes(Size);
    randombytes_buf(bytes.data(), bytes.size());
    return fromBytes(std::move(bytes));
}

RecoveryKey RecoveryKey::fromBytes(SecureBytes bytes)
{
    RecoveryKey key;
    key.m_bytes = std::move(bytes);
    return key;
}

QStringList RecoveryKey::groups() const
{
    QString chars;
    quint32 buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < m_bytes.size(); ++i) {
        buffer = (buffer << 8) | m_bytes.data()[i];
        bits += 8;
        while (bits >= 5) {
            chars += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        chars += QLatin1Char(Alphabet[(buffer << (5 - bits)) & 31]);
    chars += checksum(m_bytes.data());

    QStringList out;
    for (qsizetype i = 0; i < chars.size(); i += GroupSize)
        out << chars.mid(i, GroupSize);
    return out;
}

QString RecoveryKey::formatted() const
{
    return groups().join(u'-');
}

Result<RecoveryKey> RecoveryKey::parse(const QString &text)
{
    ensureSodium();
    QString chars;
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-')
            continue;
        chars += c;
    }
    if (chars.size() != KeyChars + ChecksumChars) {
        return invalid(QCoreApplication::translate(
                           "baken::RecoveryKey", "A recovery key has %1 characters in groups of four; this one has %2.")
                           .arg(KeyChars + ChecksumChars)
                           .arg(chars.size()));
    }
    SecureBytes bytes(Size);
    quint32 buffer = 0;
    int bits = 0;
    std::size_t pos = 0;
    for (int i = 0; i < KeyChars; ++i) {
        const int v = decodeChar(chars.at(i));
        if (v < 0) {
            return invalid(QCoreApplication::translate("baken::RecoveryKey",
                                                       "The character \"%1\" does not occur in recovery keys.")
                               .arg(chars.at(i)));
        }
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bytes.data()[pos++] = static_cast<unsigned char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    QString given = chars.right(ChecksumChars).toUpper();
    given.replace(u'O', u'0').replace(u'I', u'1').replace(u'L', u'1');
    // The last character carries four padding bits that must be zero.
    const bool paddingClean = (buffer & ((1u << bits) - 1)) == 0;
    if (pos != Size || !paddingClean || given != checksum(bytes.data())) {
        return invalid(QCoreApplication::translate(
            "baken::RecoveryKey",
            "This recovery key contains a typing error. Check each group against the printed key."));
    }
    return fromBytes(std::move(bytes));
}

} // namespace baken
