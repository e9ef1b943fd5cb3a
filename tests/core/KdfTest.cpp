#include "crypto/Kdf.h"
#include "support/TestVault.h"
#include "vault/TestHooks.h"

#include <gtest/gtest.h>

using namespace baken;

namespace {

QByteArray bytesOf(const SecureBytes &b)
{
    return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
}

} // namespace

TEST(VaultSalt, CarriesMagicAndProfileAfterTwelveRandomBytes)
{
    const auto a = VaultSalt::generate(KdfProfile::Moderate);
    const auto b = VaultSalt::generate(KdfProfile::Moderate);
    EXPECT_EQ(a.profile(), KdfProfile::Moderate);
    EXPECT_EQ(a.bytes()[12], 'B');
    EXPECT_EQ(a.bytes()[13], 'K');
    EXPECT_EQ(a.bytes()[14], 'N');
    EXPECT_NE(a.toHex(), b.toHex()) << "salts must be random";

    const QByteArray header(reinterpret_cast<const char *>(a.bytes().data()), 16);
    const auto parsed = VaultSalt::parse(header);
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->toHex(), a.toHex());
    EXPECT_FALSE(VaultSalt::parse(QByteArray("SQLite format 3\0", 16)).has_value());
}

TEST(Kdf, ModerateProfileIsArgon2idWithAtLeast256MiB)
{
    const auto profile = KdfProfile::byId(KdfProfile::Moderate);
    ASSERT_TRUE(profile.has_value());
    EXPECT_GE(profile->memLimit, std::size_t(256) * 1024 * 1024);
    EXPECT_GE(profile->opsLimit, 3u);
}

TEST(Kdf, SamePassphraseAndSaltGiveTheSameKeyAndADifferentSaltAnother)
{
    const auto salt = VaultSalt::generate(KdfProfile::Moderate);
    const QByteArray pass("lantern orbit velvet crocus tambourine");
    auto first = deriveVaultKey(pass, salt);
    auto second = deriveVaultKey(pass, salt);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(first->size(), VaultKeySize);
    EXPECT_TRUE(*first == *second);

    baken::testing::enableCheapKdf();
    auto other = deriveVaultKey(pass, VaultSalt::generate(KdfProfile::TestOnly));
    ASSERT_TRUE(other.ok());
    EXPECT_NE(bytesOf(*first), bytesOf(*other));
}

TEST(Kdf, UnknownProfileIsRefusedWithAClearError)
{
    auto key = deriveVaultKey(QByteArray("x"), VaultSalt::generate(0x42));
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.code(), ErrorCode::UnsupportedKdf);
    EXPECT_FALSE(key.error().message.isEmpty());
}

TEST(Kdf, KeySpecIsTheRawKeyAndSaltInSqlcipherHexForm)
{
    baken::testing::enableCheapKdf();
    const auto salt = VaultSalt::generate(KdfProfile::TestOnly);
    auto key = deriveVaultKey(QByteArray("p"), salt);
    ASSERT_TRUE(key.ok());
    const auto spec = sqlcipherKeySpec(*key, salt);
    const QByteArray text = bytesOf(spec);
    ASSERT_EQ(text.size(), 2 + 64 + 32 + 1);
    EXPECT_TRUE(text.startsWith("x'"));
    EXPECT_TRUE(text.endsWith('\''));
    EXPECT_EQ(text.mid(2, 64), bytesOf(*key).toHex());
    EXPECT_EQ(text.mid(66, 32), salt.toHex());
}

TEST(Kdf, ProductionRefusesTheTestProfile)
{
    test::TestVaultDir dir;
    auto vault = dir.create();
    ASSERT_TRUE(vault);
    vault.reset();

    baken::testing::disableCheapKdf();
    auto reopened = Vault::open(dir.path(), test::strongPassphrase());
    baken::testing::enableCheapKdf();
    ASSERT_FALSE(reopened.ok());
    EXPECT_EQ(reopened.code(), ErrorCode::UnsupportedKdf);
}
