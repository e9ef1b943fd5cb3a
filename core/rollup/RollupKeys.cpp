// The roll-up key pairs kept in the vault, and the coordinator key block that
// travels by mail or on paper (docs/formats.md, "Roll-up packages").
#include "OwnKeys.h"

#include "crypto/Sodium.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QList>

#include <sodium.h>

#include <array>

namespace baken::rollup {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::rollup)
};

constexpr char BoxSecretName[] = "rollup_box_secret";
constexpr char BoxPublicName[] = "rollup_box_public";
constexpr char SignSecretName[] = "rollup_sign_secret";
constexpr char SignPublicName[] = "rollup_sign_public";

constexpr QByteArrayView BeginLine("-----BEGIN BAKEN COORDINATOR KEY-----");
constexpr QByteArrayView EndLine("-----END BAKEN COORDINATOR KEY-----");
constexpr QByteArrayView LabelPrefix("Label:");
constexpr qsizetype ChecksumSize = 4;
constexpr qsizetype KeysSize = crypto_box_PUBLICKEYBYTES + crypto_sign_PUBLICKEYBYTES;
constexpr qsizetype Base64LineLength = 64;

QByteArray bytesOf(const unsigned char *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A row of vault_secret, or an empty array when there is none.
Result<QByteArray> readSecret(Database &db, const char *name)
{
    auto stmt = db.prepare("SELECT value FROM vault_secret WHERE name = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(name));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->blob(0) : QByteArray();
}

Status writeSecret(Database &db, const char *name, QByteArray value)
{
    auto stmt = db.prepare("INSERT INTO vault_secret (name, value) VALUES (?1, ?2)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(name)).bind(2, value);
    wipe(value);
    return stmt->run();
}

Error damagedKeys()
{
    return Error{ErrorCode::Integrity,
                 Messages::tr("The roll-up keys in this vault are damaged. Packages cannot be made or opened.")};
}

// Reads the four rows; an empty result when the vault has none yet.
Result<std::optional<OwnKeys>> loadKeys(Database &db)
{
    auto boxSecret = readSecret(db, BoxSecretName);
    auto signSecret = readSecret(db, SignSecretName);
    auto boxPublic = readSecret(db, BoxPublicName);
    auto signPublic = readSecret(db, SignPublicName);
    for (const auto *read : {&boxSecret, &signSecret, &boxPublic, &signPublic}) {
        if (!*read)
            return read->error();
    }
    OwnKeys keys;
    keys.boxSecret = SecureBytes::fromByteArray(*boxSecret);
    keys.signSecret = SecureBytes::fromByteArray(*signSecret);
    wipe(*boxSecret);
    wipe(*signSecret);
    keys.pub = {*boxPublic, *signPublic};
    if (keys.boxSecret.empty() && keys.signSecret.empty() && keys.pub.box.isEmpty() && keys.pub.sign.isEmpty())
        return std::optional<OwnKeys>();
    if (keys.boxSecret.size() != crypto_box_SECRETKEYBYTES || keys.signSecret.size() != crypto_sign_SECRETKEYBYTES
        || keys.pub.box.size() != crypto_box_PUBLICKEYBYTES || keys.pub.sign.size() != crypto_sign_PUBLICKEYBYTES)
        return damagedKeys();
    // The public halves stored beside must be the ones the secrets give.
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> box{};
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> sign{};
    if (crypto_scalarmult_base(box.data(), keys.boxSecret.data()) != 0
        || crypto_sign_ed25519_sk_to_pk(sign.data(), keys.signSecret.data()) != 0
        || bytesOf(box.data(), box.size()) != keys.pub.box || bytesOf(sign.data(), sign.size()) != keys.pub.sign)
        return damagedKeys();
    return std::optional<OwnKeys>(std::move(keys));
}

Status createKeys(Vault &vault)
{
    SecureBytes boxSecret(crypto_box_SECRETKEYBYTES);
    SecureBytes signSecret(crypto_sign_SECRETKEYBYTES);
    std::array<unsigned char, crypto_box_PUBLICKEYBYTES> box{};
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> sign{};
    if (crypto_box_keypair(box.data(), boxSecret.data()) != 0
        || crypto_sign_keypair(sign.data(), signSecret.data()) != 0)
        return Error{ErrorCode::Crypto, Messages::tr("The roll-up keys could not be made.")};

    Database &db = vault.db();
    Transaction transaction(db);
    if (auto s = transaction.begin(); !s)
        return s;
    const std::pair<const char *, QByteArray> rows[] = {
        {BoxSecretName, bytesOf(boxSecret.data(), boxSecret.size())},
        {SignSecretName, bytesOf(signSecret.data(), signSecret.size())},
        {BoxPublicName, bytesOf(box.data(), box.size())},
        {SignPublicName, bytesOf(sign.data(), sign.size())},
    };
    for (const auto &[name, value] : rows) {
        if (auto s = writeSecret(db, name, value); !s)
            return s;
    }
    if (auto s = vault.audit().append(QStringLiteral("rollup.keys_created")); !s)
        return s;
    return transaction.commit();
}

// The first bytes of a BLAKE2b over the keys and the label as written, so
// that a changed character anywhere in the block is noticed.
QByteArray checksum(const QByteArray &keys, const QByteArray &label)
{
    std::array<unsigned char, crypto_generichash_BYTES_MIN> hash{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, hash.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(keys.constData()), quint64(keys.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(label.constData()),
                              quint64(label.size()));
    crypto_generichash_final(&state, hash.data(), hash.size());
    return bytesOf(hash.data(), ChecksumSize);
}

// A label fits on its line: line breaks and runs of spaces become one space.
QByteArray labelLine(const QString &label)
{
    return label.simplified().toUtf8();
}

Error damagedBlock()
{
    return Error{ErrorCode::InvalidInput,
                 Messages::tr("This key block is damaged or mistyped. Ask the coordinator to send it again, or "
                              "compare it character by character.")};
}

} // namespace

Result<OwnKeys> ownKeys(Vault &vault)
{
    ensureSodium();
    if (!vault.isOpen())
        return Error{ErrorCode::Locked, Messages::tr("The vault is locked.")};
    auto loaded = loadKeys(vault.db());
    if (!loaded)
        return loaded.error();
    if (!loaded->has_value()) {
        if (auto s = createKeys(vault); !s)
            return s.error();
        loaded = loadKeys(vault.db());
        if (!loaded)
            return loaded.error();
        if (!loaded->has_value())
            return damagedKeys();
    }
    return std::move(**loaded);
}

Result<PublicKeys> ownPublicKeys(Vault &vault)
{
    auto keys = ownKeys(vault);
    if (!keys)
        return keys.error();
    return keys->pub;
}

QByteArray coordinatorKeyText(const CoordinatorKey &key)
{
    ensureSodium();
    const QByteArray label = labelLine(key.label);
    const QByteArray keys = key.keys.box + key.keys.sign;
    const QByteArray encoded = QByteArray(keys + checksum(keys, label)).toBase64();
    QByteArray out = BeginLine.toByteArray() + '\n' + LabelPrefix.toByteArray() + ' ' + label + '\n';
    for (qsizetype at = 0; at < encoded.size(); at += Base64LineLength)
        out += encoded.mid(at, Base64LineLength) + '\n';
    return out + EndLine.toByteArray() + '\n';
}

Result<CoordinatorKey> parseCoordinatorKey(const QByteArray &text)
{
    ensureSodium();
    // Mail programs add text around the block, indent it or end lines with CRLF.
    QList<QByteArray> lines;
    for (const QByteArray &line : text.split('\n'))
        lines.append(line.trimmed());
    const qsizetype begin = lines.indexOf(BeginLine);
    const qsizetype end = begin < 0 ? -1 : lines.indexOf(EndLine, begin + 1);
    if (begin < 0 || end < 0)
        return Error{ErrorCode::InvalidInput,
                     Messages::tr("There is no coordinator key here. Paste the whole block, from the line with "
                                  "BEGIN to the line with END.")};

    std::optional<QByteArray> label;
    QByteArray encoded;
    for (qsizetype i = begin + 1; i < end; ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            continue;
        if (!label) {
            if (!line.startsWith(LabelPrefix))
                return damagedBlock();
            label = line.mid(LabelPrefix.size()).trimmed();
            continue;
        }
        encoded += line;
    }
    if (!label)
        return damagedBlock();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the same text: base64 ignores a few bits of its
    // last character, and a change there is a mistyping too.
    if (!decoded || decoded.decoded.size() != KeysSize + ChecksumSize || decoded.decoded.toBase64() != encoded)
        return damagedBlock();
    const QByteArray keys = decoded.decoded.first(KeysSize);
    if (checksum(keys, *label) != decoded.decoded.mid(KeysSize))
        return damagedBlock();
    return CoordinatorKey{QString::fromUtf8(*label),
                          {keys.first(crypto_box_PUBLICKEYBYTES), keys.mid(crypto_box_PUBLICKEYBYTES)}};
}

QString fingerprint(const PublicKeys &keys)
{
    ensureSodium();
    const QByteArray both = keys.box + keys.sign;
    std::array<unsigned char, 32> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char *>(both.constData()),
                       quint64(both.size()), nullptr, 0);
    QStringList groups;
    for (std::size_t i = 0; i < hash.size(); i += 4) {
        const quint32 word = (quint32(hash[i]) << 24) | (quint32(hash[i + 1]) << 16) | (quint32(hash[i + 2]) << 8)
                             | quint32(hash[i + 3]);
        groups.append(QStringLiteral("%1").arg(word % 10000, 4, 10, QLatin1Char('0')));
    }
    return groups.join(u' ');
}

} // namespace baken::rollup
