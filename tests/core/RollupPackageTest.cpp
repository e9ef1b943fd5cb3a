// Roll-up packages: an advisor's exact figures sealed to one coordinator and
// signed by the advisor's vault. What opens, and every way a package is refused.
#include "RollupTestSupport.h"

#include "summary/ExactSummaryJson.h"
#include "summary/SummaryBuilder.h"
#include "summary/SummaryJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace baken;
using namespace baken::rollup;
using test::exactSample;

namespace {

QByteArray sealed(test::RollupVaults &v, const MonthCube &cube)
{
    auto bytes = sealPackage(*v.advisor, cube, QStringLiteral("Vertrouwenspersoon Noord"), v.keyOf(*v.coordinator));
    EXPECT_TRUE(bytes.ok()) << (bytes ? "" : bytes.error().message.toStdString());
    return bytes.ok() ? *bytes : QByteArray();
}

// The advisor's (empty) vault's figures of 2025.
QByteArray sealed(test::RollupVaults &v)
{
    return sealed(v, test::cubeOf(*v.advisor));
}

// The message of a refusal, or a note that the package was accepted.
std::string refusal(Vault &coordinator, const QByteArray &bytes)
{
    auto opened = openPackage(coordinator, bytes);
    if (opened.ok())
        return "accepted";
    EXPECT_EQ(opened.code(), ErrorCode::InvalidInput);
    return opened.error().message.toStdString();
}

// A package whose signed JSON was changed by `change` and then signed by
// `signer` (the advisor: a valid signature) and sealed to the coordinator.
QByteArray rewritten(test::RollupVaults &v, Vault &signer, const std::function<void(QJsonObject &)> &change)
{
    test::Inner inner = test::unseal(*v.coordinator, sealed(v));
    QJsonObject root = QJsonDocument::fromJson(inner.json).object();
    change(root);
    inner.json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    inner.signature = test::signWith(signer, inner.json);
    return test::sealTo(v.keyOf(*v.coordinator).keys, inner);
}

void setPeriodField(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    QJsonObject figures = root[u"figures"].toObject();
    QJsonObject period = figures[u"period"].toObject();
    period[path] = value;
    figures[u"period"_qs] = period;
    root[u"figures"_qs] = figures;
}

// Changes the first month's summary inside the signed JSON.
void changeFirstMonth(QJsonObject &root, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject figures = root[u"figures"].toObject();
    QJsonArray months = figures[u"months"].toArray();
    QJsonObject month = months[0].toObject();
    change(month);
    months[0] = month;
    figures[u"months"_qs] = months;
    root[u"figures"_qs] = figures;
}

constexpr char Altered[] = "This package was sealed for another coordinator or has been altered.";
constexpr char BadSignature[] = "The signature does not match: the package was altered.";

} // namespace

TEST(RollupPackage, OpensToTheExactFiguresTheirSourceAndRecipient)
{
    test::RollupVaults v;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const MonthCube cube = test::cubeOf(*v.advisor);
    const QByteArray bytes = sealed(v, cube);
    auto opened = openPackage(*v.coordinator, bytes);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened->cube, cube);
    EXPECT_EQ(opened->sourceLabel, u"Vertrouwenspersoon Noord");
    EXPECT_EQ(opened->sourceSignKey, v.keyOf(*v.advisor).keys.sign);
    EXPECT_EQ(opened->recipient, v.keyOf(*v.coordinator).keys);
    EXPECT_EQ(opened->createdAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(opened->createdAt.time().msec(), 0);
    EXPECT_GE(opened->createdAt, before);
    EXPECT_LE(opened->createdAt, QDateTime::currentDateTimeUtc());
}

TEST(RollupPackage, ThePackageOfAPeriodHoldsTheVaultsSummaryOfIt)
{
    test::RollupVaults v;
    auto bytes = packagePeriod(*v.advisor, {2025, 1, 2025, 12}, u"Noord"_qs, v.keyOf(*v.coordinator));
    ASSERT_TRUE(bytes.ok()) << bytes.error().message.toStdString();
    auto opened = openPackage(*v.coordinator, *bytes);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    auto year = cutMonthCube(opened->cube, {2025, 1, 2025, 12});
    ASSERT_TRUE(year.ok());
    auto direct = summary::buildSummary(v.advisor->db(), {2025, 1, 2025, 12});
    ASSERT_TRUE(direct.ok());
    ASSERT_FALSE(direct->tables.isEmpty());
    EXPECT_EQ(year->tables.size(), direct->tables.size());
    EXPECT_EQ(*year->table(u"cases.type"_qs), *direct->table(u"cases.type"_qs));
}

TEST(RollupPackage, AFlippedByteAnywhereIsRefused)
{
    test::RollupVaults v;
    const QByteArray bytes = sealed(v);
    const qsizetype positions[] = {9, 20, 41, 42, 60, bytes.size() / 2, bytes.size() - 65, bytes.size() - 1};
    for (const qsizetype at : positions) {
        QByteArray changed = bytes;
        changed[at] = char(changed[at] ^ 0x01);
        EXPECT_EQ(refusal(*v.coordinator, changed), Altered) << "byte " << at;
    }
    for (const qsizetype at : {0, 7}) {
        QByteArray changed = bytes;
        changed[at] = char(changed[at] ^ 0x01);
        EXPECT_EQ(refusal(*v.coordinator, changed), "This file is not a Baken roll-up package.") << "byte " << at;
    }
    QByteArray newer = bytes;
    newer[8] = 3;
    EXPECT_EQ(refusal(*v.coordinator, newer),
              "This package was made by another version of Baken and cannot be opened here.");
}

TEST(RollupPackage, ATruncatedPackageIsRefused)
{
    test::RollupVaults v;
    const QByteArray bytes = sealed(v);
    for (const qsizetype length : {qsizetype(0), qsizetype(5), qsizetype(9), qsizetype(60)})
        EXPECT_NE(refusal(*v.coordinator, bytes.left(length)), "accepted") << length;
    EXPECT_EQ(refusal(*v.coordinator, bytes.left(60)), "This package is incomplete: the file was cut off.");
    for (const qsizetype length : {qsizetype(200), bytes.size() / 2, bytes.size() - 64, bytes.size() - 1})
        EXPECT_EQ(refusal(*v.coordinator, bytes.left(length)), Altered) << length;
    EXPECT_EQ(refusal(*v.coordinator, bytes + QByteArray(1, '\0')), Altered);
}

TEST(RollupPackage, APackageForAnotherCoordinatorDoesNotOpen)
{
    test::RollupVaults v;
    EXPECT_EQ(refusal(*v.other, sealed(v)), Altered);
    // Nor does the advisor's own vault open what it sealed.
    EXPECT_EQ(refusal(*v.advisor, sealed(v)), Altered);
}

TEST(RollupPackage, ACoordinatorCannotPassAPackageOnAsIfMadeForAnother)
{
    test::RollupVaults v;
    // The coordinator opens a genuine package and seals it, signature and
    // all, to a second coordinator: the signed recipient gives it away.
    const test::Inner inner = test::unseal(*v.coordinator, sealed(v));
    const QByteArray forwarded = test::sealTo(v.keyOf(*v.other).keys, inner);
    EXPECT_EQ(refusal(*v.other, forwarded),
              "This package was made for another coordinator. Ask the sender to make it again with your key.");
}

TEST(RollupPackage, AChangedLabelOrFigureBreaksTheSignature)
{
    test::RollupVaults v;
    const auto relabel = [](QJsonObject &root) {
        QJsonObject source = root[u"source"].toObject();
        source[u"label"_qs] = u"Vertrouwenspersoon Zuid"_qs;
        root[u"source"_qs] = source;
    };
    // Signed by another vault's key while still naming the advisor's key.
    EXPECT_EQ(refusal(*v.coordinator, rewritten(v, *v.other, relabel)), BadSignature);

    // The advisor's signature kept, the content changed.
    test::Inner inner = test::unseal(*v.coordinator, sealed(v));
    inner.json.replace("Vertrouwenspersoon Noord", "Vertrouwenspersoon Zuid");
    EXPECT_EQ(refusal(*v.coordinator, test::sealTo(v.keyOf(*v.coordinator).keys, inner)), BadSignature);
    inner = test::unseal(*v.coordinator, sealed(v));
    inner.json.replace("\"total\":0", "\"total\":1");
    ASSERT_NE(test::unseal(*v.coordinator, sealed(v)).json, inner.json);
    EXPECT_EQ(refusal(*v.coordinator, test::sealTo(v.keyOf(*v.coordinator).keys, inner)), BadSignature);

    // The same change signed by the advisor is accepted: the test above fails for the signature alone.
    auto opened = openPackage(*v.coordinator, rewritten(v, *v.advisor, relabel));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened->sourceLabel, u"Vertrouwenspersoon Zuid");
}

TEST(RollupPackage, SignedButMalformedContentsAreRefused)
{
    test::RollupVaults v;
    // Not JSON at all, signed by the advisor.
    test::Inner garbage{"{not json", {}};
    garbage.signature = test::signWith(*v.advisor, garbage.json);
    EXPECT_EQ(refusal(*v.coordinator, test::sealTo(v.keyOf(*v.coordinator).keys, garbage)),
              "This package is damaged: its contents cannot be read.");

    EXPECT_EQ(
        refusal(*v.coordinator, rewritten(v, *v.advisor, [](QJsonObject &r) { r[u"createdAt"_qs] = u"yesterday"_qs; })),
        "This package is damaged: its contents cannot be read.");
    EXPECT_EQ(refusal(*v.coordinator, rewritten(v, *v.advisor, [](QJsonObject &r) { r[u"extra"_qs] = 1; })),
              "This package is damaged: its contents cannot be read.");

    // Periods that end before they begin, with a month 13, or of eleven years.
    EXPECT_NE(
        refusal(*v.coordinator,
                rewritten(v, *v.advisor, [](QJsonObject &r) { setPeriodField(r, u"lastMonth"_qs, u"2024-12"_qs); })),
        "accepted");
    EXPECT_NE(
        refusal(*v.coordinator,
                rewritten(v, *v.advisor, [](QJsonObject &r) { setPeriodField(r, u"firstMonth"_qs, u"2025-13"_qs); })),
        "accepted");
    EXPECT_NE(
        refusal(*v.coordinator,
                rewritten(v, *v.advisor, [](QJsonObject &r) { setPeriodField(r, u"firstMonth"_qs, u"2014-01"_qs); })),
        "accepted");
    // The unchanged period is accepted, so the refusals above are the period's.
    EXPECT_EQ(
        refusal(*v.coordinator,
                rewritten(v, *v.advisor, [](QJsonObject &r) { setPeriodField(r, u"firstMonth"_qs, u"2025-01"_qs); })),
        "accepted");
}

TEST(RollupPackage, PublishedOrSuppressedFiguresInAPackageAreRefused)
{
    test::RollupVaults v;
    // A package whose signed JSON holds a published summary, as a modified Baken might make.
    summary::Summary published = test::publishedSmallAndSecondary();
    published.period = {2025, 1, 2025, 1};
    auto json = summary::summaryToJson(published);
    ASSERT_TRUE(json.ok());
    const QJsonObject publishedObject = QJsonDocument::fromJson(*json).object();
    const std::string message = refusal(*v.coordinator, rewritten(v, *v.advisor, [&](QJsonObject &r) {
        changeFirstMonth(r, [&](QJsonObject &month) { month = publishedObject; });
    }));
    EXPECT_TRUE(QString::fromStdString(message).startsWith(u"This holds a published summary")) << message;

    // An exact summary with one figure marked suppressed is refused as well.
    const std::string suppressed = refusal(*v.coordinator, rewritten(v, *v.advisor, [](QJsonObject &r) {
        changeFirstMonth(r, [](QJsonObject &month) {
            QJsonArray tables = month[u"tables"].toArray();
            QJsonObject table = tables[0].toObject();
            table[u"total"_qs] = QJsonObject{{u"suppressed"_qs, u"small"_qs}};
            tables[0] = table;
            month[u"tables"_qs] = tables;
        });
    }));
    EXPECT_TRUE(QString::fromStdString(suppressed).contains(u"none suppressed")) << suppressed;
}

TEST(RollupPackage, AnEmptyLabelOrAnIncompleteKeyIsRefused)
{
    test::RollupVaults v;
    const MonthCube cube = test::cubeOf(*v.advisor);
    EXPECT_FALSE(sealPackage(*v.advisor, cube, QStringLiteral("  "), v.keyOf(*v.coordinator)).ok());
    CoordinatorKey broken = v.keyOf(*v.coordinator);
    broken.keys.box.chop(1);
    EXPECT_FALSE(sealPackage(*v.advisor, cube, QStringLiteral("Noord"), broken).ok());
    EXPECT_TRUE(sealPackage(*v.advisor, cube, QStringLiteral("Noord"), v.keyOf(*v.coordinator)).ok());
}

TEST(RollupPackage, PackageIdIsTheSameForTheSameBytesOnly)
{
    test::RollupVaults v;
    const QByteArray bytes = sealed(v);
    const QString id = packageId(bytes);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(id).hasMatch()) << id.toStdString();
    EXPECT_EQ(packageId(QByteArray(bytes.constData(), bytes.size())), id);
    // Every seal is different (a fresh ephemeral key), so two exports are two files.
    EXPECT_NE(packageId(sealed(v)), id);
    QByteArray changed = bytes;
    changed[30] = char(changed[30] ^ 1);
    EXPECT_NE(packageId(changed), id);
}

TEST(RollupPackage, NoSecretKeyIsInAPackageOrAKeyBlock)
{
    test::RollupVaults v;
    const QByteArray package = sealed(v);
    const QByteArray block = coordinatorKeyText(v.keyOf(*v.coordinator));
    for (Vault *vault : {v.advisor.get(), v.coordinator.get()}) {
        auto keys = ownKeys(*vault);
        ASSERT_TRUE(keys.ok());
        for (const SecureBytes *secret : {&keys->boxSecret, &keys->signSecret}) {
            // The Ed25519 secret key is its 32-byte seed followed by the public key.
            const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(secret->data()), 32);
            for (const QByteArray &form : {bytes, bytes.toBase64(), bytes.toHex(), bytes.left(16).toBase64()}) {
                EXPECT_FALSE(package.contains(form));
                EXPECT_FALSE(block.contains(form));
            }
        }
    }
    // And the exact figures do not show through the seal.
    EXPECT_FALSE(package.contains("Vertrouwenspersoon"));
    EXPECT_FALSE(package.contains("cases.type"));
}

TEST(ExactSummaryJson, RoundTripsAndRefusesPublishedSummaries)
{
    auto object = summary::exactSummaryToJsonObject(exactSample());
    ASSERT_TRUE(object.ok()) << object.error().message.toStdString();
    EXPECT_EQ(object->value(u"format").toString(), u"baken-exact-summary");
    auto back = summary::exactSummaryFromJsonObject(*object);
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(*back, exactSample());

    EXPECT_FALSE(summary::exactSummaryToJsonObject(test::publishedSmallAndSecondary()).ok());
    summary::Summary withSuppressed = exactSample();
    withSuppressed.tables[0].cells[1] = test::small(3);
    EXPECT_FALSE(summary::exactSummaryToJsonObject(withSuppressed).ok());
}
