// A vault's roll-up keys and the coordinator key block an advisor pastes:
// kept in the vault, shared as text, a mistyping refused, a fingerprint to
// read out by phone.
#include "RollupTestSupport.h"

#include "audit/AuditLog.h"

#include <QRegularExpression>

using namespace baken;
using namespace baken::rollup;

namespace {

QString damagedMessage()
{
    return QStringLiteral("This key block is damaged or mistyped.");
}

// The lines of a block that hold the label and the keys (not BEGIN or END).
QPair<qsizetype, qsizetype> contentRange(const QByteArray &block)
{
    const qsizetype start = block.indexOf('\n') + 1;
    const qsizetype end = block.indexOf("-----END");
    return {start, end};
}

} // namespace

TEST(RollupKeys, KeyBlockReadsBackTheLabelAndBothKeys)
{
    test::RollupVaults v;
    const CoordinatorKey key = v.keyOf(*v.coordinator, QStringLiteral("Coördinator Gemeente Noord"));
    EXPECT_EQ(key.keys.box.size(), 32);
    EXPECT_EQ(key.keys.sign.size(), 32);

    const QByteArray block = coordinatorKeyText(key);
    EXPECT_TRUE(block.startsWith("-----BEGIN BAKEN COORDINATOR KEY-----\n"));
    EXPECT_TRUE(block.contains("\nLabel: Co\xc3\xb6rdinator Gemeente Noord\n"));
    auto parsed = parseCoordinatorKey(block);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, key);
}

TEST(RollupKeys, BlockIsFoundInMailTextWithCrLfAndIndentation)
{
    test::RollupVaults v;
    const CoordinatorKey key = v.keyOf(*v.coordinator);
    QByteArray mail = "Dear advisor,\r\n\r\nHere is my key:\r\n\r\n";
    for (const QByteArray &line : coordinatorKeyText(key).split('\n'))
        mail += "    " + line + "\r\n";
    mail += "\r\nKind regards,\r\nThe coordinator\r\n";

    auto parsed = parseCoordinatorKey(mail);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, key);
}

TEST(RollupKeys, EveryChangedCharacterOfTheBlockIsRefused)
{
    test::RollupVaults v;
    const QByteArray block = coordinatorKeyText(v.keyOf(*v.coordinator));
    const auto [start, end] = contentRange(block);
    for (qsizetype i = 0; i < block.size(); ++i) {
        QByteArray changed = block;
        const char c = block[i];
        changed[i] = (c == 'A') ? 'B' : (c == '0') ? '1' : (c >= 'a' && c <= 'z') ? char(c == 'z' ? 'y' : c + 1) : 'A';
        auto parsed = parseCoordinatorKey(changed);
        ASSERT_FALSE(parsed.ok()) << "a change at " << i << " was accepted";
        EXPECT_EQ(parsed.code(), ErrorCode::InvalidInput);
        if (i >= start && i < end - 1 && block[i] != '\n') {
            EXPECT_TRUE(parsed.error().message.startsWith(damagedMessage()))
                << i << ": " << parsed.error().message.toStdString();
        }
    }
}

// Base64 leaves the low bits of the last character before "=" unused: a
// decoder ignores them, so only comparing the text catches a change there.
TEST(RollupKeys, AChangeInTheUnusedBitsOfTheLastCharacterIsRefused)
{
    test::RollupVaults v;
    const QByteArray block = coordinatorKeyText(v.keyOf(*v.coordinator));
    const qsizetype padding = block.indexOf('=');
    ASSERT_GT(padding, 0);
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const qsizetype index = QByteArrayView(Alphabet).indexOf(block[padding - 1]);
    QByteArray changed = block;
    changed[padding - 1] = Alphabet[index ^ 1];
    auto parsed = parseCoordinatorKey(changed);
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.startsWith(damagedMessage()));
}

TEST(RollupKeys, AMissingOrTruncatedBlockIsRefused)
{
    test::RollupVaults v;
    const QByteArray block = coordinatorKeyText(v.keyOf(*v.coordinator));
    for (const QByteArray &text : {QByteArray(), QByteArray("no key here"), block.left(block.size() / 2),
                                   QByteArray(block).replace("Label: ", "Name: ")}) {
        auto parsed = parseCoordinatorKey(text);
        EXPECT_FALSE(parsed.ok()) << text.toStdString();
    }
    // A line of the keys left out.
    QList<QByteArray> lines = block.split('\n');
    lines.removeAt(2);
    EXPECT_FALSE(parseCoordinatorKey(lines.join('\n')).ok());
}

TEST(RollupKeys, FingerprintIsEightGroupsOfFourDigitsStableAndDifferentPerVault)
{
    test::RollupVaults v;
    const PublicKeys coordinator = v.keyOf(*v.coordinator).keys;
    const PublicKeys other = v.keyOf(*v.other).keys;
    const QString print = fingerprint(coordinator);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^\\d{4}( \\d{4}){7}$")).match(print).hasMatch())
        << print.toStdString();
    EXPECT_EQ(fingerprint(coordinator), print);
    EXPECT_NE(fingerprint(other), print);
    // Either key changes it: a block with a swapped sign key is a different coordinator.
    EXPECT_NE(fingerprint({coordinator.box, other.sign}), print);
    EXPECT_NE(fingerprint({other.box, coordinator.sign}), print);
}

TEST(RollupKeys, KeysAreMadeOnceAndSurviveClosingAndReopeningTheVault)
{
    test::TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    auto first = ownPublicKeys(*vault);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    auto again = ownPublicKeys(*vault);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, *first);
    vault.reset();

    auto reopened = Vault::open(dir.path(), test::strongPassphrase());
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    auto afterwards = ownPublicKeys(**reopened);
    ASSERT_TRUE(afterwards.ok());
    EXPECT_EQ(*afterwards, *first);

    auto entries = (*reopened)->audit().latest(100);
    ASSERT_TRUE(entries.ok());
    const auto created = std::count_if(entries->cbegin(), entries->cend(),
                                       [](const AuditEntry &e) { return e.event == u"rollup.keys_created"; });
    EXPECT_EQ(created, 1);
}

TEST(RollupKeys, ALockedVaultHasNoKeysToGive)
{
    test::TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    vault->lock();
    auto keys = ownPublicKeys(*vault);
    ASSERT_FALSE(keys.ok());
    EXPECT_EQ(keys.code(), ErrorCode::Locked);
}
