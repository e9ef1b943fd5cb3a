#include "crypto/RecoveryKey.h"

#include <gtest/gtest.h>

using baken::RecoveryKey;

TEST(RecoveryKey, IsFourteenGroupsOfFourUnambiguousCharacters)
{
    const auto key = RecoveryKey::generate();
    const QStringList groups = key.groups();
    ASSERT_EQ(groups.size(), 14);
    for (const QString &group : groups) {
        EXPECT_EQ(group.size(), 4);
        for (const QChar c : group) {
            EXPECT_TRUE(c.isDigit() || c.isUpper()) << group.toStdString();
            EXPECT_FALSE(c == u'I' || c == u'L' || c == u'O' || c == u'U') << group.toStdString();
        }
    }
}

TEST(RecoveryKey, ParsesWhatItPrintsToTheSameBytes)
{
    for (int i = 0; i < 50; ++i) {
        const auto key = RecoveryKey::generate();
        auto parsed = RecoveryKey::parse(key.formatted());
        ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
        EXPECT_TRUE(parsed->bytes() == key.bytes());
    }
}

TEST(RecoveryKey, AcceptsHandCopiedVariants)
{
    const auto key = RecoveryKey::generate();
    QString typed = key.groups().join(u' ').toLower();
    typed.replace(u'0', u'o').replace(u'1', u'l');
    auto parsed = RecoveryKey::parse(QStringLiteral("  ") + typed + QStringLiteral("\n"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_TRUE(parsed->bytes() == key.bytes());
}

TEST(RecoveryKey, DetectsASingleMistypedCharacter)
{
    // Fixed keys: with 20 checksum bits a typo slips through once in a
    // million, so over random keys this test failed about once in 19,000
    // runs. These keys are known to have no such typo.
    for (const char fill : {'\x00', '\x5a', '\xff'}) {
        QByteArray bytes(int(RecoveryKey::Size), fill);
        bytes[3] = '\x42';
        const auto key = RecoveryKey::fromBytes(baken::SecureBytes::fromByteArray(bytes));
        const QString text = key.formatted();
        int detected = 0;
        int tried = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'-')
                continue;
            for (const QChar replacement : {u'7', u'8', u'X'}) {
                if (replacement == text[i])
                    continue;
                QString typo = text;
                typo[i] = replacement;
                ++tried;
                auto parsed = RecoveryKey::parse(typo);
                if (!parsed.ok()) {
                    EXPECT_EQ(parsed.code(), baken::ErrorCode::InvalidInput);
                    ++detected;
                }
            }
        }
        EXPECT_EQ(detected, tried) << text.toStdString();
    }
}

TEST(RecoveryKey, RefusesWrongLengthAndForeignCharacters)
{
    EXPECT_FALSE(RecoveryKey::parse(QStringLiteral("ABCD-EFGH")).ok());
    QString text = RecoveryKey::generate().formatted();
    text[0] = u'U';
    auto parsed = RecoveryKey::parse(text);
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(u'U'));
}
