// Sealing and opening roll-up packages (docs/formats.md, "Roll-up packages").
// The seal keeps the figures from anyone but the coordinator; the signature,
// checked after opening, says who made them, because anyone who has the
// coordinator's public key can seal a box.
#include "RollupPackage.h"

#include "OwnKeys.h"
#include "crypto/Sodium.h"
#include "summary/Period.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>

namespace baken::rollup {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(baken::rollup)
};

constexpr QByteArrayView Magic("BAKENPKG");
constexpr char Version = 2;
constexpr qsizetype HeaderSize = 9; // magic and version
constexpr qsizetype LengthSize = 4;
constexpr qsizetype SignatureSize = crypto_sign_BYTES;

constexpr QLatin1StringView FormatName("baken-rollup-package");
constexpr int FormatVersion = 2;
constexpr QLatin1StringView FormatKey("format");
constexpr QLatin1StringView VersionKey("version");
constexpr QLatin1StringView SourceKey("source");
constexpr QLatin1StringView LabelKey("label");
constexpr QLatin1StringView SignKey("signKey");
constexpr QLatin1StringView RecipientKey("recipient");
constexpr QLatin1StringView BoxKey("box");
constexpr QLatin1StringView SignKeyOfRecipient("sign");
constexpr QLatin1StringView CreatedAtKey("createdAt");
constexpr QLatin1StringView FiguresKey("figures");

Error refused(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

Error damaged()
{
    return refused(Messages::tr("This package is damaged: its contents cannot be read."));
}

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

// Exactly the listed keys, so that nothing unsigned-for can ride along.
bool hasExactly(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    return object.size() == qsizetype(keys.size())
           && std::all_of(keys.begin(), keys.end(), [&](QLatin1StringView key) { return object.contains(key); });
}

// Base64 as Baken writes it, of exactly `size` bytes; empty when it is not.
QByteArray key(const QJsonValue &value, qsizetype size)
{
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!value.isString() || !decoded || decoded.decoded.size() != size || decoded.decoded.toBase64() != text)
        return {};
    return decoded.decoded;
}

bool validKeys(const PublicKeys &keys)
{
    return keys.box.size() == crypto_box_PUBLICKEYBYTES && keys.sign.size() == crypto_sign_PUBLICKEYBYTES;
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Who signed: read before anything else, so that the signature is checked
// before anything the JSON says is believed. Empty when it cannot be read.
QByteArray signerOf(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    return key(root.value(SourceKey).toObject().value(SignKey), crypto_sign_PUBLICKEYBYTES);
}

// The signed JSON back into contents: everything but the signature is checked here.
Result<PackageContents> readContents(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged();
    const QJsonObject root = document.object();
    if (root.value(FormatKey).toString() != FormatName)
        return damaged();
    if (root.value(VersionKey).toInt() != FormatVersion)
        return refused(Messages::tr("This package was made by another version of Baken and cannot be opened here."));
    const QJsonObject source = root.value(SourceKey).toObject();
    const QJsonObject recipient = root.value(RecipientKey).toObject();
    if (!hasExactly(root, {FormatKey, VersionKey, SourceKey, RecipientKey, CreatedAtKey, FiguresKey})
        || !hasExactly(source, {LabelKey, SignKey}) || !hasExactly(recipient, {BoxKey, SignKeyOfRecipient})
        || !source.value(LabelKey).isString() || !root.value(FiguresKey).isObject())
        return damaged();

    PackageContents contents;
    contents.sourceLabel = source.value(LabelKey).toString();
    contents.sourceSignKey = key(source.value(SignKey), crypto_sign_PUBLICKEYBYTES);
    contents.recipient = {key(recipient.value(BoxKey), crypto_box_PUBLICKEYBYTES),
                          key(recipient.value(SignKeyOfRecipient), crypto_sign_PUBLICKEYBYTES)};
    const QString createdAt = root.value(CreatedAtKey).toString();
    contents.createdAt = QDateTime::fromString(createdAt, Qt::ISODate);
    if (contents.sourceLabel.trimmed().isEmpty() || contents.sourceSignKey.isEmpty() || !validKeys(contents.recipient)
        || !contents.createdAt.isValid() || contents.createdAt.timeSpec() != Qt::UTC
        || timestamp(contents.createdAt) != createdAt)
        return damaged();
    auto cube = monthCubeFromJson(root.value(FiguresKey).toObject());
    if (!cube)
        return cube.error();
    contents.cube = std::move(*cube);
    return contents;
}

} // namespace

Result<QByteArray> sealPackage(Vault &advisor, const MonthCube &cube, const QString &sourceLabel,
                               const CoordinatorKey &to)
{
    ensureSodium();
    if (sourceLabel.trimmed().isEmpty())
        return refused(Messages::tr("Give a label that tells the coordinator who sends these figures."));
    if (!validKeys(to.keys))
        return refused(Messages::tr("The coordinator's key is not complete. Read the key block again."));
    auto figures = monthCubeToJson(cube);
    if (!figures)
        return figures.error();
    auto own = ownKeys(advisor);
    if (!own)
        return own.error();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject root{
        {FormatKey, FormatName},
        {VersionKey, FormatVersion},
        {SourceKey,
         QJsonObject{{LabelKey, sourceLabel.trimmed()}, {SignKey, QString::fromLatin1(own->pub.sign.toBase64())}}},
        {RecipientKey, QJsonObject{{BoxKey, QString::fromLatin1(to.keys.box.toBase64())},
                                   {SignKeyOfRecipient, QString::fromLatin1(to.keys.sign.toBase64())}}},
        {CreatedAtKey, timestamp(now.addMSecs(-now.time().msec()))},
        {FiguresKey, *figures},
    };
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);

    QByteArray inner(LengthSize, Qt::Uninitialized);
    qToBigEndian(quint32(json.size()), inner.data());
    inner += json;
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(bytes(signature), nullptr, bytes(json), quint64(json.size()), own->signSecret.data());
    inner += signature;

    QByteArray sealed(inner.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    const bool ok = crypto_box_seal(bytes(sealed), bytes(inner), quint64(inner.size()), bytes(to.keys.box)) == 0;
    // The exact figures leave this function sealed only.
    wipe(json);
    wipe(inner);
    if (!ok)
        return Error{ErrorCode::Crypto, Messages::tr("The package could not be sealed.")};
    return QByteArray(Magic.toByteArray() + Version + sealed);
}

Result<QByteArray> packagePeriod(Vault &advisor, const summary::Period &period, const QString &sourceLabel,
                                 const CoordinatorKey &to)
{
    auto cube = buildMonthCube(advisor.db(), period);
    if (!cube)
        return cube.error();
    return sealPackage(advisor, *cube, sourceLabel, to);
}

Status recordPackageExport(Vault &advisor, const summary::Period &period, const CoordinatorKey &to)
{
    return advisor.audit().append(u"rollup.package_exported"_qs, u"rollup_package"_qs,
                                  summary::periodKey(period) + u' ' + to.label);
}

Result<PackageContents> openPackage(Vault &coordinator, const QByteArray &bytesIn)
{
    ensureSodium();
    if (bytesIn.size() < HeaderSize || !bytesIn.startsWith(Magic))
        return refused(Messages::tr("This file is not a Baken roll-up package."));
    const char version = bytesIn.at(Magic.size());
    if (version != Version)
        return refused(Messages::tr("This package was made by another version of Baken and cannot be opened here."));
    const QByteArray sealed = bytesIn.mid(HeaderSize);
    if (sealed.size() < crypto_box_SEALBYTES + LengthSize + SignatureSize)
        return refused(Messages::tr("This package is incomplete: the file was cut off."));

    auto own = ownKeys(coordinator);
    if (!own)
        return own.error();
    QByteArray inner(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(inner), bytes(sealed), quint64(sealed.size()), bytes(own->pub.box),
                             own->boxSecret.data())
        != 0)
        return refused(Messages::tr("This package was sealed for another coordinator or has been altered."));

    const quint32 length = qFromBigEndian<quint32>(inner.constData());
    if (quint64(length) + LengthSize + SignatureSize != quint64(inner.size())) {
        wipe(inner);
        return damaged();
    }
    const QByteArray json = inner.mid(LengthSize, length);
    const QByteArray signature = inner.last(SignatureSize);
    wipe(inner);
    const QByteArray signer = signerOf(json);
    if (signer.isEmpty())
        return damaged();
    if (crypto_sign_verify_detached(bytes(signature), bytes(json), quint64(json.size()), bytes(signer)) != 0)
        return refused(Messages::tr("The signature does not match: the package was altered."));
    auto contents = readContents(json);
    if (!contents)
        return contents.error();
    if (contents->recipient != own->pub)
        return refused(Messages::tr("This package was made for another coordinator. Ask the sender to make it again "
                                    "with your key."));
    return contents;
}

QString packageId(const QByteArray &bytesIn)
{
    ensureSodium();
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(bytes(hash), std::size_t(hash.size()), bytes(bytesIn), quint64(bytesIn.size()), nullptr, 0);
    return QString::fromLatin1(hash.toHex());
}

} // namespace baken::rollup
