#pragma once

#include "SummarySample.h"
#include "rollup/OwnKeys.h"
#include "rollup/RollupPackage.h"
#include "summary/Period.h"
#include "support/TestVault.h"

#include <QtEndian>

#include <gtest/gtest.h>
#include <sodium.h>

// Vaults and hand-made packages for the roll-up tests. The package helpers
// write the documented format (docs/formats.md, "Roll-up packages") with
// libsodium directly, so that the tests can make what Baken itself never
// would: re-signed, re-sealed and malformed packages.
namespace baken::test {

// Two advisors and two coordinators, each with a vault of their own.
struct RollupVaults {
    TestVaultDir dir;
    std::unique_ptr<Vault> advisor = dir.create(QStringLiteral("advisor.baken"));
    std::unique_ptr<Vault> coordinator = dir.create(QStringLiteral("coordinator.baken"));
    std::unique_ptr<Vault> other = dir.create(QStringLiteral("other.baken"));

    rollup::CoordinatorKey keyOf(Vault &vault, const QString &label = QStringLiteral("Coördinator Noord"))
    {
        auto keys = rollup::ownPublicKeys(vault);
        EXPECT_TRUE(keys.ok());
        return {label, keys.ok() ? *keys : rollup::PublicKeys{}};
    }
};

// The figures of `period` month by month, from `vault`.
inline rollup::MonthCube cubeOf(Vault &vault, const QString &period = QStringLiteral("2025"))
{
    auto cube = rollup::buildMonthCube(vault.db(), *summary::parsePeriod(period));
    EXPECT_TRUE(cube.ok()) << (cube ? "" : cube.error().message.toStdString());
    return cube.ok() ? *cube : rollup::MonthCube{};
}

// The sample summary as an advisor's vault holds it: every figure exact.
inline summary::Summary exactSample()
{
    summary::Summary s = sampleSummary();
    s.published = false;
    s.rules = {};
    qint64 next = 1;
    for (summary::Table &table : s.tables) {
        for (QList<summary::Figure> *figures : {&table.cells, &table.rowTotals, &table.columnTotals}) {
            for (summary::Figure &figure : *figures)
                figure = shown(figure.value.value_or(next++));
        }
        if (table.total)
            table.total = shown(table.total->value.value_or(next++));
    }
    return s;
}

inline const unsigned char *uc(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// What is inside a package, opened with the recipient's secret key.
struct Inner {
    QByteArray json;
    QByteArray signature;
};

inline Inner unseal(Vault &recipient, const QByteArray &package)
{
    auto keys = rollup::ownKeys(recipient);
    EXPECT_TRUE(keys.ok());
    const QByteArray sealed = package.mid(9);
    QByteArray inner(sealed.size() - crypto_box_SEALBYTES, '\0');
    EXPECT_EQ(crypto_box_seal_open(reinterpret_cast<unsigned char *>(inner.data()), uc(sealed), quint64(sealed.size()),
                                   uc(keys->pub.box), keys->boxSecret.data()),
              0);
    const quint32 length = qFromBigEndian<quint32>(inner.constData());
    return {inner.mid(4, length), inner.mid(4 + length)};
}

inline QByteArray signWith(Vault &signer, const QByteArray &json)
{
    auto keys = rollup::ownKeys(signer);
    EXPECT_TRUE(keys.ok());
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, uc(json), quint64(json.size()),
                         keys->signSecret.data());
    return signature;
}

inline QByteArray sealTo(const rollup::PublicKeys &to, const Inner &content)
{
    QByteArray inner(4, '\0');
    qToBigEndian(quint32(content.json.size()), inner.data());
    inner += content.json + content.signature;
    QByteArray sealed(inner.size() + crypto_box_SEALBYTES, '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), uc(inner), quint64(inner.size()), uc(to.box));
    return QByteArrayLiteral("BAKENPKG\x02") + sealed;
}

} // namespace baken::test
